import { describe, expect, it } from 'vitest';
import { latinName, slugify, transliterate } from '../../../src/arabic/transliterate.ts';

describe('transliteration', () => {
  it('gives readable, stable slugs for names nobody curated', () => {
    expect(slugify('سلمان الشودري')).toBe('salman-al-shoudri');
    expect(slugify('عبد الفتاح السيسي')).toBe('abd-al-fatah-al-sisi');
    expect(slugify('راشد محمود')).toBe('rashid-mahmoud');
    expect(slugify('نواز شريف')).toBe('nawaz-sharif');
  });

  it('is deterministic and ASCII only', () => {
    const names = ['جليل عباس الجيلاني', 'يوسف أحمد الحنيطي', 'Indus Shield-2023', 'فيصل ١٣', 'ميشال منسى'];
    for (const name of names) {
      expect(slugify(name)).toBe(slugify(name));
      expect(slugify(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('ignores tashkeel, tatweel and hamza forms', () => {
    expect(slugify('سَلْمَان')).toBe(slugify('سلمان'));
    expect(slugify('إسلام آباد')).toBe(slugify('اسلام اباد'));
    expect(slugify('عبـــد')).toBe(slugify('عبد'));
  });

  it('keeps Latin words and digits as they are, lower-cased', () => {
    expect(transliterate('Indus Shield-2023')).toBe('indus shield 2023');
    expect(slugify('معرض IDEF 2025')).toMatch(/-idef-2025$/);
  });

  it('uses a dictionary of fixed spellings when given one', () => {
    expect(slugify('عبد اللطيف', { dictionary: new Map([['عبد', 'abdel']]) })).toBe('abdel-al-latif');
  });

  it('never returns an empty slug', () => {
    expect(slugify('«»')).toBe('x');
  });

  it('capitalises a Latin display name and keeps the article lower-case', () => {
    expect(latinName('سلمان الشودري')).toBe('Salman al-Shoudri');
  });
});
