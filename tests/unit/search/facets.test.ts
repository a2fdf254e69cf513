/**
 * Which officials the search page's official filter offers: a bounded list,
 * the curated officials first, so that the filter stays usable and its
 * download small however many people the dossier names.
 */
import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../../src/data/dossier.ts';
import { filterableOfficials, searchExamples } from '../../../src/search/facets.ts';

function person(id: string, articles: number, reviewed = false, mentions = articles): EntityRecord {
  return {
    id,
    type: 'person',
    name: `اسم ${id}`,
    nameEn: null,
    aliases: [],
    country: null,
    titles: [],
    wikidata: null,
    reviewed,
    articles: Array.from({ length: articles }, (_, i) => `${id}-${i}`),
    mentions,
  };
}

describe('the official filter', () => {
  it('offers reviewed officials before discovered ones, however often those are named', () => {
    const people = [person('often', 50), person('curated', 1, true), person('rare', 2)];
    expect(filterableOfficials(people).map((p) => p.id)).toEqual(['curated', 'often', 'rare']);
  });

  it('ranks by articles, then mentions, then id, so the list is the same from build to build', () => {
    const people = [person('b', 3, false, 3), person('a', 3, false, 3), person('c', 3, false, 9), person('d', 4)];
    expect(filterableOfficials(people).map((p) => p.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('stops at its limit, leaving the least named out', () => {
    const people = Array.from({ length: 500 }, (_, i) => person(`p${i}`, 500 - i));
    const offered = filterableOfficials(people, 100);
    expect(offered).toHaveLength(100);
    expect(offered.at(-1)?.id).toBe('p99');
  });
});

describe('the search boxes\' examples', () => {
  const named = (name: string, nameEn: string | null, articles: number, reviewed = true): EntityRecord => ({ ...person(name, articles, reviewed), name, nameEn });
  const place = (name: string, articles: number): EntityRecord => ({ ...person(name, articles), type: 'place', name });

  it("come from the dossier: the first listed official's family name, in Arabic and English, and its most cited place as typed without hamza", () => {
    const people = [named('محمد السادس', 'Mohammed VI', 9), named('عبد اللطيف حموشي', 'Abdellatif Hammouchi', 5), named('محمد العلوي', 'Mohammed al-Alwi', 50, false)];
    const places = [place('الرباط', 3), place('إسلام آباد', 7)];
    expect(searchExamples(people, places)).toBe('مثلًا: حموشي، اسلام اباد، Hammouchi');
  });

  it('skip what the dossier lacks, and say nothing for an empty one', () => {
    expect(searchExamples([named('محمد العلوي', 'Mohammed al-Alwi', 2, false)], [])).toBe('مثلًا: العلوي، Alwi');
    expect(searchExamples([], [])).toBe('');
  });
});
