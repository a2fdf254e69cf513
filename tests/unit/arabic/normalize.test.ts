import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeWithOffsets, originalRange } from '../../../src/arabic/normalize.ts';

describe('matching keys', () => {
  it('fold the spellings of one name together', () => {
    expect(normalizeArabic('إسلام آباد')).toBe(normalizeArabic('اسلام اباد'));
    expect(normalizeArabic('إسلام أباد')).toBe(normalizeArabic('اسلام اباد'));
    expect(normalizeArabic('القاهرة')).toBe(normalizeArabic('القاهره'));
    expect(normalizeArabic('مصطفى')).toBe(normalizeArabic('مصطفي'));
    expect(normalizeArabic('٢٠٢٣')).toBe('2023');
  });

  it('fold the letters for g, v and p that Maghreb and Persian names use to their standard Arabic spelling', () => {
    expect(normalizeArabic('شنڨريحة')).toBe(normalizeArabic('شنقريحة'));
    expect(normalizeArabic('ڤزام')).toBe(normalizeArabic('فزام'));
    expect(normalizeArabic('پرويز')).toBe(normalizeArabic('برويز'));
    expect(normalizeArabic('گلميم')).toBe(normalizeArabic('كلميم'));
  });

  it('map a key range back to the original words, tashkeel and tatweel included', () => {
    const text = 'استقبل السيِّدُ عبـــد اللطيف حمّوشي أمس';
    const normalized = normalizeWithOffsets(text);
    const at = normalized.key.indexOf('عبد اللطيف حموشي');
    expect(at).toBeGreaterThan(0);
    const [start, end] = originalRange(normalized, at, at + 'عبد اللطيف حموشي'.length);
    expect(text.slice(start, end)).toBe('عبـــد اللطيف حمّوشي');
  });

  it('keep the harakat that follow the last letter inside the range', () => {
    const text = 'زار المغربَ أمس';
    const normalized = normalizeWithOffsets(text);
    const at = normalized.key.indexOf('المغرب');
    const [start, end] = originalRange(normalized, at, at + 6);
    expect(text.slice(start, end)).toBe('المغربَ');
  });

  it('collapse runs of spaces without losing the way back', () => {
    const text = 'إسلام    آباد';
    const normalized = normalizeWithOffsets(text);
    expect(normalized.key).toBe('اسلام اباد');
    const [start, end] = originalRange(normalized, 0, normalized.key.length);
    expect(text.slice(start, end)).toBe(text);
  });

  it('have one offset per key character plus the end', () => {
    const text = 'مُحَمَّد ـ السادس';
    const normalized = normalizeWithOffsets(text);
    expect(normalized.offsets).toHaveLength(normalized.key.length + 1);
    expect(normalized.offsets.at(-1)).toBe(text.length);
  });

  it('keep the way back after characters whose key is longer than they are', () => {
    // `ﷺ` (one character) has a key of several words: the key outgrows the text.
    const text = `${'ﷺ'.repeat(12)} زار حموشي الرباط`;
    const normalized = normalizeWithOffsets(text);
    expect(normalized.key.length).toBeGreaterThan(text.length);
    expect(normalized.offsets).toHaveLength(normalized.key.length + 1);
    expect(normalized.offsets.at(-1)).toBe(text.length);
    const at = normalized.key.indexOf('حموشي');
    const [start, end] = originalRange(normalized, at, at + 'حموشي'.length);
    expect(text.slice(start, end)).toBe('حموشي');
  });
});
