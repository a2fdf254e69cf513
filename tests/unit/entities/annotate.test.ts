import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle, Entity } from '../../../src/pipeline/types.ts';
import { createAnnotator, mergeEntities } from '../../../src/pipeline/annotate.ts';
import { builtInEntities } from '../../../src/entities/countries.ts';
import { loadRegistry } from '../../../src/entities/registry.ts';
import { readSeed } from '../../../src/pipeline/read.ts';
import { cleanSeed } from '../../../src/pipeline/clean.ts';
import { extractMetadata } from '../../../src/pipeline/metadata.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const registry = await loadRegistry(path.join(root, 'content/entities'));
const known = [...builtInEntities(), ...registry.entities];
const annotate = createAnnotator(known);

const seeds = new Map<string, AnnotatedArticle>(
  readdirSync(path.join(root, 'seeds'))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const article = extractMetadata(cleanSeed(readSeed(readFileSync(path.join(root, 'seeds', file)), file)));
      return [file.slice(0, 3), annotate(article)];
    }),
);
const seed = (n: string): AnnotatedArticle => seeds.get(n) as AnnotatedArticle;
const mentionsOf = (article: AnnotatedArticle, id: string) => article.mentions.filter((m) => m.entityId === id);

describe('annotating the five seeds', () => {
  it('gives every mention the exact text of its paragraph span, in order, without overlaps', () => {
    for (const article of seeds.values()) {
      let previous = { paragraph: -1, end: 0 };
      for (const mention of article.mentions) {
        expect(article.paragraphs[mention.paragraph]?.slice(mention.start, mention.end)).toBe(mention.text);
        if (mention.paragraph === previous.paragraph) expect(mention.start).toBeGreaterThanOrEqual(previous.end);
        previous = mention;
      }
    }
  });

  it('links Abdellatif Hammouchi in 000 and 003 to the same curated person', () => {
    expect(mentionsOf(seed('000'), 'abdellatif-hammouchi')).toHaveLength(1);
    expect(mentionsOf(seed('003'), 'abdellatif-hammouchi')).toHaveLength(1);
  });

  it('links برحيل شريف in 002 to Raheel Sharif, the ب outside the link', () => {
    const texts = mentionsOf(seed('002'), 'raheel-sharif').map((m) => m.text);
    expect(texts).toContain('رحيل شريف');
    expect(texts.every((text) => !text.startsWith('ب'))).toBe(true);
    expect(texts.length).toBeGreaterThanOrEqual(4);
  });

  it('gives الفريق أول محمد بريظ in 001 his rank as the role at that mention', () => {
    const [mention] = mentionsOf(seed('001'), 'mohammed-berrid');
    expect(mention?.role).toContain('الفريق أول');
    expect(mention?.role).toContain('المفتش العام للقوات المسلحة الملكية');
  });

  it('resolves the back-references of 002 and 003 to people already named', () => {
    expect(mentionsOf(seed('002'), 'abdel-fattah-el-sisi').map((m) => m.text)).toEqual(['عبد الفتاح السيسي', 'السيسي']);
    expect(mentionsOf(seed('003'), 'salman-chaudhry').map((m) => m.text)).toEqual(['سلمان الشودري', 'الشودري']);
    for (const article of seeds.values()) expect(article.discovered.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('finds the countries each seed mentions, nisbas included, and no other', () => {
    const countries = (n: string): string[] => [...new Set(seed(n).mentions.filter((m) => m.type === 'country').map((m) => m.entityId))].sort();
    expect(countries('000')).toEqual(['MA', 'PK']);
    expect(countries('001')).toEqual(['MA', 'PK']);
    expect(countries('002')).toEqual(['EG', 'PK']);
    expect(countries('003')).toEqual(['MA', 'PK']);
    expect(countries('004')).toEqual(['IN', 'MA', 'PK']);
  });

  it('prefers the organization to the words inside it', () => {
    expect(mentionsOf(seed('004'), 'royal-armed-forces').map((m) => m.text)).toContain('القوات المسلحة الملكية');
    expect(mentionsOf(seed('000'), 'dgst').map((m) => m.text)).toEqual(['مراقبة التراب الوطني']);
    expect(mentionsOf(seed('000'), 'royal-moroccan-air-force')).toHaveLength(1);
  });

  it('finds the places and events of 004', () => {
    const ids = new Set(seed('004').mentions.map((m) => m.entityId));
    for (const id of ['riyadh', 'islamabad', 'africa', 'asia', 'indus-shield-2023', 'african-lion', 'world-defense-show']) expect(ids.has(id), id).toBe(true);
  });

  it('does not link inside the headline', () => {
    for (const article of seeds.values()) expect(article.paragraphs).not.toContain(article.meta.title);
  });

  it('annotates an article the same whatever was annotated before it', () => {
    const fresh = createAnnotator(known);
    const file = readdirSync(path.join(root, 'seeds')).find((f) => f.startsWith('002')) as string;
    const read = () => extractMetadata(cleanSeed(readSeed(readFileSync(path.join(root, 'seeds', file)), file)));
    const first = fresh(read());
    for (let i = 0; i < 3; i++) for (const article of seeds.values()) fresh(article);
    expect(fresh(read()).mentions).toEqual(first.mentions);
  });

  it('is deterministic', () => {
    const again = createAnnotator(known);
    for (const [n, article] of seeds) {
      const file = readdirSync(path.join(root, 'seeds')).find((f) => f.startsWith(n)) as string;
      const fresh = again(extractMetadata(cleanSeed(readSeed(readFileSync(path.join(root, 'seeds', file)), file))));
      expect(fresh.mentions).toEqual(article.mentions);
    }
  });
});

describe('choosing among homographs', () => {
  it('reads عمّان as Amman in an article about Jordan, Oman otherwise', () => {
    const base = { sourceFile: 't.txt', encoding: 'utf-8', text: '', frontMatter: {}, bodyStartLine: 1, hash: '', removed: [] };
    const meta = { slug: 't', title: '', titleDerived: false, date: null, source: null, dateline: null, url: null, dates: [], warnings: [] };
    const jordan = annotate({ ...base, meta, paragraphs: ['وصل الوفد الأردني إلى عمّان أمس.'] });
    const oman = annotate({ ...base, meta, paragraphs: ['وقعت عمان وقطر اتفاقية.'] });
    expect(jordan.mentions.find((m) => m.text === 'عمّان')?.entityId).toBe('amman');
    expect(oman.mentions.find((m) => m.text === 'عمان')?.entityId).toBe('OM');
  });
});

describe('merging entities', () => {
  const person = (over: Partial<Entity>): Entity => ({
    id: 'salman-al-shoudri',
    type: 'person',
    name: 'سلمان الشودري',
    nameEn: null,
    aliases: [],
    country: null,
    titles: [],
    wikidata: null,
    reviewed: false,
    ...over,
  });

  it('makes one entity of the same official discovered in two articles', () => {
    const merged = mergeEntities([
      person({ aliases: ['الشودري'], titles: [{ title: 'المفتش العام للشرطة' }] }),
      person({ aliases: ['السيد الشودري'], titles: [{ title: 'المفتش العام للشرطة' }, { title: 'السفير' }], country: 'PK' }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ aliases: ['الشودري', 'السيد الشودري'], country: 'PK', titles: [{ title: 'المفتش العام للشرطة' }, { title: 'السفير' }] });
  });

  it('lets a curated entry win over ISO data and discovered guesses, and keeps every alias', () => {
    const iso: Entity = { ...person({}), id: 'MA', type: 'country', name: 'المغرب', nameEn: 'Morocco', reviewed: true };
    const curated: Entity = { ...iso, name: '', nameEn: 'Kingdom of Morocco', aliases: ['المملكة الشريفة'] };
    const [merged] = mergeEntities([iso, curated]);
    expect(merged).toMatchObject({ name: 'المغرب', nameEn: 'Kingdom of Morocco', aliases: ['المملكة الشريفة'] });
  });
});
