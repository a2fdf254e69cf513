/**
 * Result excerpts read as the page does: the search keys Pagefind saw are
 * gone, and a highlight that fell on a key is on the word it belongs to.
 * Excerpts are written as Pagefind returns them for the runs `keyRun` writes:
 * the markers are words of their own, and only matched keys are marked.
 */
import { describe, expect, it } from 'vitest';
import { cleanExcerpt } from '../../../src/search/excerpt.ts';

describe('cleanExcerpt', () => {
  it('removes key runs', () => {
    expect(cleanExcerpt('مع للقوات ⟦ قوات ⟧ الجوية ⟦ جويه ⟧. وفي')).toBe('مع للقوات الجوية. وفي');
  });

  it('moves a highlight from a key onto the word before it', () => {
    expect(cleanExcerpt('مع للقوات ⟦ <mark>قوات</mark> ⟧ الجوية')).toBe('مع <mark>للقوات</mark> الجوية');
    expect(cleanExcerpt('قال والمغرب ⟦ <mark>مغرب</mark> ⟧، ثم')).toBe('قال <mark>والمغرب</mark>، ثم');
  });

  it('keeps highlights on the words themselves', () => {
    expect(cleanExcerpt('في <mark>الأمن</mark> ⟦ <mark>امن</mark> ⟧ <mark>السيبراني</mark>')).toBe('في <mark>الأمن</mark> <mark>السيبراني</mark>');
  });

  it("handles several runs after one word (the word's keys, then an entity's names)", () => {
    expect(cleanExcerpt('لقاء حموشي ⟦ عبد لطيف <mark>حموشي</mark> abdellatif hammouchi ⟧ بالرباط')).toBe('لقاء <mark>حموشي</mark> بالرباط');
    expect(cleanExcerpt('زار والمغرب ⟦ مغرب ⟧ ⟦ <mark>مغرب</mark> morocco ⟧ أمس')).toBe('زار <mark>والمغرب</mark> أمس');
    expect(cleanExcerpt('زار المغرب ⟦ مغرب <mark>morocco</mark> ⟧ أمس')).toBe('زار <mark>المغرب</mark> أمس');
  });

  it('drops runs cut by the start or the end of the excerpt', () => {
    expect(cleanExcerpt('قوات ⟧ الجوية ⟦ جويه ⟧ في')).toBe('الجوية في');
    expect(cleanExcerpt('في بالقاهرة ⟦ قاهر')).toBe('في بالقاهرة');
    expect(cleanExcerpt('في بالقاهرة ⟦')).toBe('في بالقاهرة');
  });

  it('marks nothing when a run follows no word (a headline key block)', () => {
    expect(cleanExcerpt('عنوان المقال. ⟦ <mark>قاهره</mark> ⟧ التاريخ')).toBe('عنوان المقال. التاريخ');
  });
});
