import { describe, expect, it } from 'vitest';
import { getAlpha2Codes } from 'i18n-iso-countries';
import { countryEntities, countryForms, deriveNisbaStem, inflectNisba, placeEntities, CAPITALS } from '../../../src/entities/countries.ts';
import { normalizeArabic } from '../../../src/arabic/normalize.ts';

const byId = new Map(countryEntities().map((c) => [c.id, c]));
const forms = (code: string): string[] => countryForms(byId.get(code)!).map((f) => normalizeArabic(f.form));

describe('countries', () => {
  it('include every ISO 3166-1 code with an Arabic and an English name', () => {
    for (const code of Object.keys(getAlpha2Codes())) {
      const country = byId.get(code);
      expect(country, code).toBeDefined();
      expect(country?.name, code).toMatch(/\p{Script=Arabic}/u);
      expect(country?.nameEn, code).toBeTruthy();
    }
  });

  it('use the ISO code as id and belong to themselves', () => {
    expect(byId.get('MA')).toMatchObject({ id: 'MA', type: 'country', name: 'المغرب', nameEn: 'Morocco', country: 'MA', reviewed: true });
  });

  it('derive nisba stems by the usual rules', () => {
    expect(deriveNisbaStem('المغرب')).toBe('مغربي');
    expect(deriveNisbaStem('باكستان')).toBe('باكستاني');
    expect(deriveNisbaStem('السعودية')).toBe('سعودي');
    expect(deriveNisbaStem('تركيا')).toBe('تركي');
    expect(deriveNisbaStem('فرنسا')).toBe('فرنسي');
    expect(deriveNisbaStem('مالي')).toBeNull();
    expect(deriveNisbaStem('الولايات المتحدة')).toBeNull();
  });

  it('inflect a nisba in every gender and number, with and without the article', () => {
    expect(inflectNisba('مصري')).toEqual(expect.arrayContaining(['مصري', 'المصري', 'مصرية', 'المصرية', 'المصريين', 'المصريون', 'مصريا']));
  });

  it('name a country by its nisbas, long official names and regime names', () => {
    expect(forms('PK')).toEqual(expect.arrayContaining(['الباكستانيه', 'الباكستانيين', 'الباكستانيون', 'جمهوريه باكستان الاسلاميه', 'الجمهوريه الباكستانيه']));
    expect(forms('MA')).toEqual(expect.arrayContaining(['المغربي', 'المغربيه', 'المغاربه', 'المملكه المغربيه']));
    expect(forms('EG')).toEqual(expect.arrayContaining(['مصري', 'المصريه', 'المصريين', 'جمهوريه مصر العربيه']));
    expect(forms('IN')).toEqual(expect.arrayContaining(['هندي', 'الهنديه', 'الهنود']));
    expect(forms('SA')).toEqual(expect.arrayContaining(['المملكه العربيه السعوديه', 'السعودي']));
    expect(forms('US')).toEqual(expect.arrayContaining(['الامريكيه', 'الاميركي', 'امريكا']));
    // The -stan countries' nisbas drop -stan, as the Afghan one does.
    expect(forms('UZ')).toEqual(expect.arrayContaining(['الاوزبكي', 'الاوزبكيه']));
    expect(forms('KZ')).toEqual(expect.arrayContaining(['الكازاخي', 'الكازاخستاني']));
    // A two-word nisba with the article on its first word only.
    expect(forms('ZA')).toEqual(expect.arrayContaining(['الجنوب افريقي', 'جنوب افريقي', 'الجنوب افريقيه']));
  });

  it('give every country with a one-word name at least one nisba', () => {
    for (const country of byId.values()) {
      if (/\s/u.test(country.name) || /[يىو]$/u.test(country.name)) continue;
      expect(countryForms(country).some((f) => f.kind === 'nisba'), country.id).toBe(true);
    }
  });

  it('guard a country name that is also a common word (مالي is "financial")', () => {
    const mali = countryForms(byId.get('ML')!);
    expect(mali.find((f) => f.form === 'مالي')?.guarded).toBe(true);
    expect(mali.some((f) => f.form === 'المالي')).toBe(false);
  });
});

describe('capitals and cities', () => {
  const places = new Map(placeEntities().map((p) => [p.id, p]));

  it('are places with Latin slug ids linked to their country', () => {
    expect(places.get('rabat')).toMatchObject({ type: 'place', name: 'الرباط', country: 'MA' });
    expect(places.get('islamabad')?.aliases.map(normalizeArabic)).toContain(normalizeArabic('إسلام أباد'));
    expect(places.get('cairo')?.country).toBe('EG');
    expect(places.get('riyadh')?.country).toBe('SA');
    expect(places.get('new-delhi')?.country).toBe('IN');
    expect(places.get('ankara')?.country).toBe('TR');
  });

  it('cover the capitals of at least sixty countries, each a real ISO country', () => {
    expect(CAPITALS.size).toBeGreaterThanOrEqual(60);
    for (const code of CAPITALS.keys()) expect(byId.has(code), code).toBe(true);
    for (const place of places.values()) expect(place.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
