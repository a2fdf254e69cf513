/**
 * Where the timeline's pages live: `/timeline/` for the whole dossier,
 * `/timeline/<iso>/` for one country, and `…/page/<n>/` after the first
 * page of either.
 */
import type { Dossier } from '../data/dossier.ts';
import { TIMELINE_PER_PAGE } from './limits.ts';
import { laterPages } from './paginate.ts';
import { countryTimeline, dossierTimeline } from './relations.ts';

/** Site path of the first page of the timeline, of one country when `iso` is given. */
export function timelinePath(iso?: string): string {
  return iso ? `/timeline/${iso.toLowerCase()}/` : '/timeline/';
}

/**
 * Static paths of `src/pages/timeline/[...path].astro`: every page of every
 * country's timeline, and the later pages of the whole timeline (its first
 * page is `src/pages/timeline.astro`).
 */
export function timelinePaths(dossier: Dossier) {
  const whole = laterPages(dossierTimeline(dossier).length, TIMELINE_PER_PAGE).map((page) => ({
    params: { path: `page/${page}` },
    props: { country: undefined, page },
  }));
  const byCountry = (dossier.byType.get('country') ?? []).flatMap((country) => {
    const total = countryTimeline(dossier, country.id).length;
    if (total === 0) return [];
    const slug = country.id.toLowerCase();
    return [
      { params: { path: slug }, props: { country, page: 1 } },
      ...laterPages(total, TIMELINE_PER_PAGE).map((page) => ({ params: { path: `${slug}/page/${page}` }, props: { country, page } })),
    ];
  });
  return [...whole, ...byCountry];
}
