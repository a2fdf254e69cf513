/**
 * Where the timeline's pages live: `/timeline/` for the whole dossier,
 * `/timeline/<iso>/` for one country, each the front of an archive whose
 * older pages are `…/page/<n>/`, numbered from the oldest
 * (`src/lib/paginate.ts`).
 */
import type { Dossier } from '../data/dossier.ts';
import { timelinePageKey } from './page-keys.ts';
import { TIMELINE_PER_PAGE } from './limits.ts';
import { archivePageCount, archivePages } from './paginate.ts';
import { countryTimeline, dossierTimeline, timelineCountries } from './relations.ts';

/** Site path of the front of the timeline, of one country when `iso` is given. */
export function timelinePath(iso?: string): string {
  return iso ? `/timeline/${iso.toLowerCase()}/` : '/timeline/';
}

/**
 * Static paths of `src/pages/timeline/[...path].astro`: every page of every
 * country's timeline, and the older pages of the whole timeline (its front
 * is `src/pages/timeline.astro`).
 */
export function timelinePaths(dossier: Dossier) {
  const whole = archivePages(dossierTimeline(dossier).length, TIMELINE_PER_PAGE).map((page) => ({
    params: { path: `page/${page}` },
    props: { country: undefined, page },
    cacheKey: timelinePageKey(dossier, undefined, page),
  }));
  const byCountry = timelineCountries(dossier).flatMap((country) => {
    const total = countryTimeline(dossier, country.id).length;
    const slug = country.id.toLowerCase();
    const front = archivePageCount(total, TIMELINE_PER_PAGE);
    return [...archivePages(total, TIMELINE_PER_PAGE), front].map((page) => ({
      params: { path: page === front ? slug : `${slug}/page/${page}` },
      props: { country, page },
      cacheKey: timelinePageKey(dossier, country, page),
    }));
  });
  return [...whole, ...byCountry];
}
