import { describe, expect, it } from 'vitest';
import { cliticReadings, cliticVariants, stripClitics } from '../../../src/arabic/clitics.ts';
import { normalizeArabic } from '../../../src/arabic/normalize.ts';

const stems = (word: string): string[] => cliticReadings(normalizeArabic(word)).map((r) => r.stem);

describe('proclitics', () => {
  it('reads a word as itself first, so a name starting with ب, ل or و keeps its letter', () => {
    for (const name of ['باكستان', 'لبنان', 'واشنطن', 'بريظ']) {
      expect(cliticReadings(normalizeArabic(name))[0]).toEqual({ stem: normalizeArabic(name), prefix: 0, clitics: '' });
    }
  });

  it('finds the name behind و, ب, ل and their combinations', () => {
    expect(stems('وباكستان')).toContain('باكستان');
    expect(stems('بالرباط')).toContain('الرباط');
    expect(stems('لإسلام')).toContain('اسلام');
    expect(stems('بإسلام')).toContain('اسلام');
    expect(stems('برحيل')).toContain('رحيل');
    expect(stems('والمغرب')).toContain('المغرب');
    expect(stems('بالقاهرة')).toContain('القاهره');
    expect(stems('وبالرباط')).toContain('الرباط');
    expect(stems('والقوات')).toContain('القوات');
  });

  it('reads لل + noun as ل + the article, and keeps the cluster inside the link', () => {
    const reading = cliticReadings('للقوات').find((r) => r.stem === 'القوات');
    expect(reading).toEqual({ stem: 'القوات', prefix: 0, clitics: 'ل' });
    expect(cliticReadings('وللقوات').find((r) => r.stem === 'القوات')?.prefix).toBe(1);
  });

  it('also reads لل as ل + a word that starts with ل (للبنان is "to Lebanon")', () => {
    expect(stems('للبنان')).toContain('لبنان');
  });

  it('leaves the number of clitic letters outside the link', () => {
    expect(cliticReadings('وبالرباط').find((r) => r.stem === 'الرباط')?.prefix).toBe(2);
    expect(cliticReadings('برحيل').find((r) => r.stem === 'رحيل')?.prefix).toBe(1);
  });

  it('never offers a one-letter stem', () => {
    expect(stems('وب')).toEqual(['وب']);
  });

  it('strips every clitic the grammar allows for plain comparisons', () => {
    expect(stripClitics('وبالرباط')).toBe('الرباط');
    expect(stripClitics('فالمغرب')).toBe('المغرب');
  });

  it('generates the clitic forms a name takes in running text', () => {
    expect(cliticVariants('الرباط')).toEqual(expect.arrayContaining(['الرباط', 'بالرباط', 'للرباط', 'وبالرباط', 'والرباط']));
    expect(cliticVariants('باكستان')).toEqual(expect.arrayContaining(['وباكستان', 'لباكستان', 'بباكستان']));
  });
});
