import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/pipeline/types.ts';
import { buildGazetteer, matchText } from '../../../src/entities/match.ts';
import { builtInEntities } from '../../../src/entities/countries.ts';
import { tokenize } from '../../../src/entities/tokens.ts';

const entity = (id: string, type: Entity['type'], name: string, aliases: string[] = [], country: string | null = null): Entity => ({
  id,
  type,
  name,
  nameEn: null,
  aliases,
  country,
  titles: [],
  wikidata: null,
  reviewed: true,
});

const gazetteer = buildGazetteer([
  ...builtInEntities(),
  entity('royal-armed-forces', 'organization', 'القوات المسلحة الملكية', [], 'MA'),
  entity('dgst', 'organization', 'مراقبة التراب الوطني', [], 'MA'),
  entity('raheel-sharif', 'person', 'رحيل شريف', [], 'PK'),
  entity('al-qaeda', 'organization', 'القاعدة'),
]);

/** `text → entityId` for every match of a sentence. */
function links(sentence: string): [string, string][] {
  const text = tokenize(sentence);
  return matchText(text, 0, [gazetteer]).map((m) => [m.text, m.candidates[0]?.entityId ?? '']);
}

describe('the gazetteer', () => {
  it('finds names behind proclitics and links them without the clitic', () => {
    expect(links('بين المغرب وباكستان')).toEqual([
      ['المغرب', 'MA'],
      ['باكستان', 'PK'],
    ]);
    expect(links('اجتمعا بالرباط ثم توجها لإسلام أباد')).toEqual([
      ['الرباط', 'rabat'],
      ['إسلام أباد', 'islamabad'],
    ]);
    expect(links('التقى برحيل شريف بالقاهرة')).toEqual([
      ['رحيل شريف', 'raheel-sharif'],
      ['القاهرة', 'cairo'],
    ]);
  });

  it('does not cut a letter off a name that starts like a clitic', () => {
    expect(links('زار لبنان وواشنطن وباكستان')).toEqual([
      ['لبنان', 'LB'],
      ['واشنطن', 'washington'],
      ['باكستان', 'PK'],
    ]);
  });

  it('keeps لل inside the link, where the article merged into it', () => {
    expect(links('المفتش العام للقوات المسلحة الملكية')).toEqual([['للقوات المسلحة الملكية', 'royal-armed-forces']]);
    expect(links('الشكر للمغرب')).toEqual([['للمغرب', 'MA']]);
  });

  it('finds a name that starts with ال after a clitic', () => {
    expect(links('شاركت والقوات المسلحة الملكية')).toEqual([['القوات المسلحة الملكية', 'royal-armed-forces']]);
  });

  it('prefers the longest match: an organization over the nisba inside it', () => {
    expect(links('القوات المسلحة الملكية المغربية')).toEqual([
      ['القوات المسلحة الملكية', 'royal-armed-forces'],
      ['المغربية', 'MA'],
    ]);
    expect(links('سفير جمهورية باكستان الإسلامية')).toEqual([['جمهورية باكستان الإسلامية', 'PK']]);
    expect(links('ومدير مراقبة التراب الوطني')).toEqual([['مراقبة التراب الوطني', 'dgst']]);
  });

  it('links a nisba to its country in every gender and number', () => {
    for (const word of ['المغربي', 'المغربية', 'المغاربة', 'الباكستانيين', 'الباكستانيون', 'مصري', 'الهندية']) {
      expect(links(`وفد ${word}`).map(([, id]) => id), word).toHaveLength(1);
    }
    expect(links('العلاقات المغربية الباكستانية')).toEqual([
      ['المغربية', 'MA'],
      ['الباكستانية', 'PK'],
    ]);
  });

  it('matches across spellings: hamza, ta marbuta, tashkeel', () => {
    expect(links('في اسلام اباد')).toEqual([['اسلام اباد', 'islamabad']]);
    expect(links('بالقاهره')).toEqual([['القاهره', 'cairo']]);
    expect(links('زار المَغْرِبَ')).toEqual([['المَغْرِبَ', 'MA']]);
  });

  it('links Mali only where it cannot mean "financial"', () => {
    expect(links('الدعم المالي والعسكري')).toEqual([]);
    expect(links('دعم عسكري ومالي')).toEqual([]);
    expect(links('القوات الفرنسية في مالي')).toContainEqual(['مالي', 'ML']);
  });

  it('links al-Qaeda only in quotes or after تنظيم, not "the air base"', () => {
    expect(links('القاعدة الجوية')).toEqual([]);
    expect(links('المرتبطة بـ “القاعدة”')).toEqual([['القاعدة', 'al-qaeda']]);
    expect(links('تنظيم القاعدة')).toEqual([['القاعدة', 'al-qaeda']]);
  });

  it('keeps every homograph as a candidate for the annotator to choose', () => {
    const [match] = matchText(tokenize('في عمّان'), 0, [gazetteer]);
    expect(match?.candidates.map((c) => c.entityId)).toEqual(expect.arrayContaining(['OM', 'amman']));
  });

  it('returns offsets whose slice is the link text', () => {
    const sentence = 'وأكد الأدميرال الباكستاني بإسلام آباد أن المملكة المغربية';
    for (const match of matchText(tokenize(sentence), 0, [gazetteer])) {
      expect(sentence.slice(match.start, match.end)).toBe(match.text);
    }
  });
});
