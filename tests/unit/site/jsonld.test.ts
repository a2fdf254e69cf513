import { describe, expect, test } from 'vitest';
import { articleJsonLd, entityJsonLd, serializeJsonLd } from '../../../src/lib/jsonld.ts';
import type { ArticleData } from '../../../src/schemas/article.ts';
import type { IndexedEntityData } from '../../../src/schemas/entity.ts';

const article: ArticleData = {
  title: 'عنوان </script><script>alert(1)</script>',
  titleDerived: false,
  date: '2025-01-20',
  source: 'الأناضول & شركاؤه',
  dateline: 'القاهرة',
  url: null,
  sourceFile: '003.txt',
  encoding: 'utf-8',
  description: 'مطلع',
  entities: [{ id: 'MA', type: 'country', name: 'المغرب', count: 2 }],
  mentions: [],
  dates: [],
  removed: [],
  warnings: [],
};

const person: IndexedEntityData = {
  id: 'abdellatif-hammouchi',
  type: 'person',
  name: 'عبد اللطيف حموشي',
  nameEn: 'Abdellatif Hammouchi',
  aliases: ['حموشي'],
  country: 'MA',
  titles: [{ title: 'المدير العام للأمن الوطني' }],
  wikidata: 'Q123',
  reviewed: true,
  articles: ['a'],
  mentions: 1,
};

describe('JSON-LD', () => {
  test('seed text can never close the script element that carries it', () => {
    const json = serializeJsonLd(articleJsonLd(article, 'https://x.test/articles/a/', () => 'https://x.test/e/'));
    expect(json).not.toMatch(/[<>&]/u);
    expect(JSON.parse(json).headline).toBe(article.title);
    expect(JSON.parse(json).publisher.name).toBe('الأناضول & شركاؤه');
  });

  test('an article is a NewsArticle with its date, source and the entities it mentions', () => {
    const node = articleJsonLd(article, 'https://x.test/articles/a/', (type, id) => `https://x.test/${type}/${id}/`);
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      datePublished: '2025-01-20',
      inLanguage: 'ar',
      mentions: [{ '@type': 'Country', name: 'المغرب', url: 'https://x.test/country/MA/' }],
    });
  });

  test('an official is a Person with other names, titles, nationality and Wikidata', () => {
    const node = entityJsonLd(person, 'https://x.test/officials/abdellatif-hammouchi/', { name: 'المغرب', url: 'https://x.test/countries/ma/' });
    expect(node).toMatchObject({
      '@type': 'Person',
      name: 'عبد اللطيف حموشي',
      alternateName: ['Abdellatif Hammouchi', 'حموشي'],
      jobTitle: ['المدير العام للأمن الوطني'],
      nationality: { '@type': 'Country', name: 'المغرب' },
      sameAs: 'https://www.wikidata.org/wiki/Q123',
    });
  });
});
