import { describe, expect, it } from 'vitest';
import { ARTICLE, COUNTRY, MENTION, OFFICIAL, OTHER_WORDING, countArticles, countMentions, countNoun, dateSpan, formatDate } from '../../../src/lib/format.ts';

describe('formatDate', () => {
  it('shows a day-precise date with its Arabic month name and Western digits', () => {
    expect(formatDate('2025-01-20')).toBe('20 يناير 2025');
  });

  it('never invents a day or a month the source did not give', () => {
    expect(formatDate('2025-03')).toBe('مارس 2025');
    expect(formatDate('2025')).toBe('2025');
  });

  it('leaves text that is not an ISO date as it is', () => {
    expect(formatDate('قريبًا')).toBe('قريبًا');
  });
});

describe('dateSpan', () => {
  it('names a page by the oldest and newest dates on it, whatever their order', () => {
    expect(dateSpan(['2024-05-05', '2023-03', '2024-01-10'])).toBe('من مارس 2023 إلى 5 مايو 2024');
  });

  it('gives the one date when every dated item shares it, and skips undated items', () => {
    expect(dateSpan(['2024-05-05', undefined, '2024-05-05'])).toBe('5 مايو 2024');
  });

  it('gives nothing when no item is dated', () => {
    expect(dateSpan([undefined, undefined])).toBeUndefined();
    expect(dateSpan([])).toBeUndefined();
  });
});

describe('counts with their Arabic nouns', () => {
  it('says one and two without a digit, as Arabic does', () => {
    expect(countArticles(1)).toBe('مقال واحد');
    expect(countArticles(2)).toBe('مقالان');
    expect(countNoun(1, COUNTRY)).toBe('دولة واحدة');
    expect(countNoun(2, MENTION)).toBe('إشارتان');
  });

  it('puts the noun in the plural after 3 to 10', () => {
    expect(countArticles(3)).toBe('3 مقالات');
    expect(countArticles(10)).toBe('10 مقالات');
    expect(countNoun(7, OFFICIAL)).toBe('7 مسؤولين');
    expect(countNoun(5, COUNTRY)).toBe('5 دول');
  });

  it('puts it in the accusative singular after 11 to 99', () => {
    expect(countArticles(11)).toBe('11 مقالًا');
    expect(countArticles(99)).toBe('99 مقالًا');
    expect(countNoun(40, OFFICIAL)).toBe('40 مسؤولًا');
  });

  it('decides by the last two digits from a hundred on', () => {
    expect(countArticles(100)).toBe('100 مقال');
    expect(countArticles(101)).toBe('101 مقال');
    expect(countArticles(102)).toBe('102 مقال');
    expect(countArticles(103)).toBe('103 مقالات');
    expect(countArticles(110)).toBe('110 مقالات');
    expect(countArticles(250)).toBe('250 مقالًا');
    expect(countArticles(1000)).toBe('1000 مقال');
    expect(countNoun(2005, MENTION)).toBe('2005 إشارات');
  });

  it('makes the adjective of a noun agree with it too', () => {
    expect(countNoun(1, OTHER_WORDING)).toBe('صيغة أخرى');
    expect(countNoun(2, OTHER_WORDING)).toBe('صيغتان أخريان');
    expect(countNoun(4, OTHER_WORDING)).toBe('4 صيغ أخرى');
    expect(countNoun(12, OTHER_WORDING)).toBe('12 صيغة أخرى');
  });

  it('counts a dossier with nothing in it in the singular', () => {
    expect(countNoun(0, ARTICLE)).toBe('0 مقال');
  });

  it('says how many times a name was mentioned with the verb', () => {
    expect(countMentions(1)).toBe('ذُكر مرة واحدة');
    expect(countMentions(2)).toBe('ذُكر مرتين');
    expect(countMentions(4)).toBe('ذُكر 4 مرات');
    expect(countMentions(104)).toBe('ذُكر 104 مرات');
    expect(countMentions(30)).toBe('ذُكر 30 مرة');
  });
});
