/**
 * A search as a URL: what a reader bookmarks or shares comes back as the
 * same search.
 */
import { describe, expect, it } from 'vitest';
import { isActive, pagefindSort, readState, writeState } from '../../../src/search/query-state.ts';

describe('search state in the URL', () => {
  it('reads the query, repeated filters and the order', () => {
    const state = readState(new URLSearchParams('q=حموشي&country=المغرب&country=باكستان&type=مقال&sort=newest&utm=x'));
    expect(state).toEqual({ q: 'حموشي', filters: { country: ['المغرب', 'باكستان'], type: ['مقال'] }, sort: 'newest' });
  });

  it('falls back to relevance and no filters', () => {
    expect(readState(new URLSearchParams('sort=sideways&country='))).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });

  it('writes only what is set and reads back the same state', () => {
    const state = { q: 'اسلام اباد', filters: { official: ['عبد اللطيف حموشي'] }, sort: 'oldest' as const };
    const params = writeState(state);
    expect(params.toString()).toBe(new URLSearchParams([['q', 'اسلام اباد'], ['official', 'عبد اللطيف حموشي'], ['sort', 'oldest']]).toString());
    expect(readState(params)).toEqual(state);
    expect(writeState({ q: '', filters: {}, sort: 'relevance' }).toString()).toBe('');
  });

  it('sorts newest first on the date key and oldest first on the ascending one', () => {
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('oldest')).toEqual({ date_asc: 'asc' });
    expect(pagefindSort('relevance')).toBeUndefined();
  });

  it('is active with a query or a filter', () => {
    expect(isActive({ q: '', filters: {}, sort: 'newest' })).toBe(false);
    expect(isActive({ q: '', filters: { country: ['مصر'] }, sort: 'relevance' })).toBe(true);
  });
});
