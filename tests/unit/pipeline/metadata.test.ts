import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanSeed } from '../../../src/pipeline/clean.ts';
import { deriveTitle, extractMetadata, readsLikeHeadline, slugFromFileName } from '../../../src/pipeline/metadata.ts';
import { readSeed } from '../../../src/pipeline/read.ts';
import type { Article, SeedFrontMatter } from '../../../src/pipeline/types.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');

const LEAD =
  'استقبل الوزير المنتدب المكلف بإدارة الدفاع الوطني، عبد اللطيف لوديي، نظيره الباكستاني بالرباط، وبحث معه سبل تعزيز التعاون العسكري بين البلدين.';
const BODY = 'وأكد الجانبان أهمية تبادل الخبرات في مجالات التدريب والصناعات الدفاعية والأمن السيبراني.';

/** Runs clean and metadata on a seed written inline. */
function articleOf(text: string, frontMatter: SeedFrontMatter = {}, sourceFile = 'test.txt'): Article {
  return extractMetadata(cleanSeed({ sourceFile, encoding: 'utf-8', text, frontMatter, bodyStartLine: 1, hash: '' }));
}

function seedArticle(name: string): Article {
  return extractMetadata(cleanSeed(readSeed(readFileSync(path.join(SEEDS, name)), name)));
}

describe('headline', () => {
  it('takes a short first line as the headline and removes it from the body', () => {
    const article = articleOf(`تعاون عسكري بين المغرب وباكستان\n\n${LEAD}\n${BODY}`);
    expect(article.meta.title).toBe('تعاون عسكري بين المغرب وباكستان');
    expect(article.meta.titleDerived).toBe(false);
    expect(article.paragraphs).toEqual([LEAD, BODY]);
  });

  it('drops a trailing full stop from the headline but keeps .. and …', () => {
    expect(articleOf(`تعزيز التعاون الأمني بين البلدين.\n${LEAD}`).meta.title).toBe('تعزيز التعاون الأمني بين البلدين');
    expect(articleOf(`تنويع الشركاء.. وفد مغربي في الرياض\n${LEAD}`).meta.title).toBe('تنويع الشركاء.. وفد مغربي في الرياض');
  });

  it.each([
    ['a line with a full stop between two sentences', 'وصل الوفد إلى الرباط. وبدأ المباحثات فورا'],
    ['a line ending with a colon', 'وجاء في البيان ما يلي:'],
    ['a line longer than a headline', LEAD],
    ['a single word', 'عاجل'],
  ])('does not take %s for a headline', (_, line) => {
    expect(readsLikeHeadline(line)).toBe(false);
  });

  it('derives a title from the lead sentence when there is no headline, and keeps the lead in the body', () => {
    const article = articleOf(`${LEAD}\n${BODY}`);
    expect(article.meta.title).toBe('استقبل الوزير المنتدب المكلف بإدارة الدفاع الوطني…');
    expect(article.meta.titleDerived).toBe(true);
    expect(article.meta.warnings).toContain('no headline: title derived from the lead sentence');
    expect(article.paragraphs).toEqual([LEAD, BODY]);
  });

  it('cuts a derived title at fourteen words with an ellipsis', () => {
    const title = deriveTitle('أجرى رئيس هيئة الأركان المشتركة الباكستاني مباحثات مطولة مع قائد القوات البرية المصرية حول التدريب المشترك والصناعات الدفاعية.');
    expect(title.endsWith('…')).toBe(true);
    expect(title.split(' ')).toHaveLength(14);
  });

  it('uses a short whole lead sentence as it is, without its full stop', () => {
    expect(deriveTitle('وقع البلدان مذكرة تفاهم في مجال الدفاع. وتشمل المذكرة التدريب.')).toBe('وقع البلدان مذكرة تفاهم في مجال الدفاع');
  });

  it('lets the front matter title win and keeps the first line in the body', () => {
    const article = articleOf(`${LEAD}\n${BODY}`, { title: 'عنوان من المحرر' });
    expect(article.meta.title).toBe('عنوان من المحرر');
    expect(article.meta.titleDerived).toBe(false);
    expect(article.paragraphs).toEqual([LEAD, BODY]);
  });
});

describe('dateline and source', () => {
  it('reads a closing credit line as dateline and agency, and lists it as removed', () => {
    const article = articleOf(`عنوان الخبر هنا\n${LEAD}\nالقاهرة - الأناضول\nشارك الموضوع`);
    expect([article.meta.dateline, article.meta.source]).toEqual(['القاهرة', 'الأناضول']);
    expect(article.paragraphs).toEqual([LEAD]);
    expect(article.removed).toEqual([
      { line: 3, text: 'القاهرة - الأناضول', rule: 'credit' },
      { line: 4, text: 'شارك الموضوع', rule: 'share-prompt' },
    ]);
  });

  it('reads an opening credit line without taking it for the headline', () => {
    const article = articleOf(`الرباط - و م ع\n${LEAD}\n${BODY}`);
    expect([article.meta.dateline, article.meta.source, article.meta.titleDerived]).toEqual(['الرباط', 'و م ع', true]);
    expect(article.paragraphs).toEqual([LEAD, BODY]);
    expect(article.removed).toEqual([{ line: 1, text: 'الرباط - و م ع', rule: 'credit' }]);
  });

  it('reads an inline dateline in parentheses and keeps it in the text', () => {
    const first = `أنقرة (الأناضول) - ${LEAD}`;
    const article = articleOf(`عنوان الخبر هنا\n${first}\n${BODY}`);
    expect([article.meta.dateline, article.meta.source]).toEqual(['أنقرة', 'الأناضول']);
    expect(article.paragraphs[0]).toBe(first);
  });

  it('reads an inline dateline with the agency before a colon', () => {
    const article = articleOf(`عنوان الخبر هنا\nالرباط - و م ع: ${LEAD}\n${BODY}`);
    expect([article.meta.dateline, article.meta.source]).toEqual(['الرباط', 'و م ع']);
  });

  it('does not put an inline dateline into a derived title', () => {
    const article = articleOf(`أنقرة (الأناضول) - ${LEAD}\n${BODY}`);
    expect(article.meta.title.startsWith('استقبل الوزير')).toBe(true);
  });

  it('takes the outlet named by a removed follow-us line as the source', () => {
    expect(articleOf(`عنوان الخبر هنا\n${LEAD}\nتابع آخبار تليكسبريس على akhbar`).meta.source).toBe('تليكسبريس');
  });

  it('falls back to an agency quoted in the body, with a warning', () => {
    const article = articleOf(`عنوان الخبر هنا\nوحسب بيان اطلعت عليه «الأناضول»، ${LEAD}`);
    expect(article.meta.source).toBe('الأناضول');
    expect(article.meta.warnings.some((warning) => warning.includes('guessed'))).toBe(true);
  });

  it('does not take any quoted phrase for a source', () => {
    expect(articleOf(`عنوان الخبر هنا\nوأكد «زيادة التعاون المشترك» بين البلدين. ${BODY}`).meta.source).toBeNull();
  });

  it('lets the front matter source win', () => {
    expect(articleOf(`عنوان الخبر هنا\n${LEAD}\nالقاهرة - الأناضول`, { source: 'هسبريس' }).meta.source).toBe('هسبريس');
  });
});

describe('publication date', () => {
  it('takes the date the text gives as the day of the report', () => {
    const article = articleOf(`عنوان الخبر هنا\nاستقبل حموشي، اليوم الاثنين 20 يناير 2025، نظيره. وفي 3 مارس 2024 زار الوفد الرباط.`);
    expect(article.meta.date).toBe('2025-01-20');
  });

  it('takes a date introduced by اليوم without a weekday', () => {
    expect(articleOf(`عنوان الخبر هنا\nوقع البلدان، اليوم 20 يناير 2025، اتفاقية تعاون.`).meta.date).toBe('2025-01-20');
  });

  it('never takes the date of a past event for the publication date', () => {
    const article = articleOf(`عنوان الخبر هنا\nوكان الوزير قد زار إسلام آباد في 3 مارس 2024.`);
    expect(article.meta.date).toBeNull();
    expect(article.meta.warnings).toContain('no publication date in text');
  });

  it('resolves relative dates against the front matter date', () => {
    const article = articleOf(`عنوان الخبر هنا\nاجتمع الوفدان أمس، بعد زيارة ماي الماضي.`, { date: '2025-03-04' });
    expect(article.meta.date).toBe('2025-03-04');
    expect(article.meta.dates.map(({ text, value }) => [text, value])).toEqual([
      ['أمس', '2025-03-03'],
      ['ماي الماضي', '2024-05'],
    ]);
  });

  it('counts dates by body paragraph, after the headline is removed', () => {
    const article = articleOf(`عنوان الخبر هنا\n${LEAD}\nوفي شتنبر 2023 التقى الطرفان.`);
    expect(article.meta.dates[0]?.paragraph).toBe(1);
  });
});

describe('slug', () => {
  it('derives the slug from the file name', () => {
    expect(slugFromFileName('000_bc80649835119055.txt')).toBe('000_bc80649835119055');
    expect(slugFromFileName('sub/Morocco Pakistan  Talks.TXT')).toBe('morocco-pakistan-talks');
  });

  it('transliterates an Arabic file name and adds a stable hash so the slug is ASCII and distinct', () => {
    const slug = slugFromFileName('زيارة وزير الدفاع.txt');
    expect(slug).toMatch(/^zayara-wazir-al-dafa-[0-9a-f]{8}$/u);
    expect(slugFromFileName('زيارة وزير الدفاع.txt')).toBe(slug);
    expect(slugFromFileName('زيارة وزير الدفاع ٢.txt')).not.toBe(slug);
  });

  it('gives a non-empty slug to a name without any Latin equivalent', () => {
    expect(slugFromFileName('国防.txt')).toMatch(/^article-[0-9a-f]{8}$/u);
  });

  it('lets the front matter slug win', () => {
    expect(articleOf(`عنوان الخبر هنا\n${LEAD}`, { slug: 'morocco-pakistan' }).meta.slug).toBe('morocco-pakistan');
  });
});

describe('the five seeds', () => {
  it('000: headline with .., no date, May last relative, September 2023 by month', () => {
    const article = seedArticle('000_bc80649835119055.txt');
    expect(article.meta.title).toBe('لتعزيز العلاقات العسكرية ..لقاء يجمع قائدان رفيعي المستوى في المغرب وباكستان');
    expect(article.meta.titleDerived).toBe(false);
    expect(article.meta.date).toBeNull();
    expect(article.meta.dates.map(({ text, value, precision, relative }) => [text, value, precision, relative])).toEqual([
      ['ماي الماضي', null, 'month', true],
      ['شتنبر 2023', '2023-09', 'month', false],
    ]);
    expect(article.removed.map(({ line, rule }) => [line, rule])).toEqual([
      [19, 'comment-counter'],
      [21, 'characters-remaining'],
    ]);
  });

  it('001: title derived from the lead, today relative, a year', () => {
    const article = seedArticle('001_6c5f90da1f05c8a5.txt');
    expect(article.meta.titleDerived).toBe(true);
    expect(article.meta.title).toBe('عزز المغرب وباكستان علاقاتهما الثنائية بتوقيع اتفاقية تعاون في المجال الدفاعي…');
    expect(article.paragraphs).toHaveLength(7);
    expect(article.meta.date).toBeNull();
    expect(article.meta.dates.map(({ text, value, relative }) => [text, value, relative])).toEqual([
      ['اليوم الثلاثاء', null, true],
      ['سنة 2025', '2025', false],
    ]);
    expect(article.removed).toEqual([]);
  });

  it('002: Anadolu from Cairo, yesterday in three spellings, April last year', () => {
    const article = seedArticle('002_e5f671c85a6cc294.txt');
    expect(article.meta.title).toBe('مصر وباكستان تبحثان التعاون العسكري المشترك');
    expect([article.meta.source, article.meta.dateline]).toEqual(['الأناضول', 'القاهرة']);
    expect(article.meta.date).toBeNull();
    expect(article.meta.dates.map(({ text, relative, value }) => [text, relative, value])).toEqual([
      ['أمس', true, null],
      ['امس', true, null],
      ['وأمس الأول', true, null],
      ['أمس الأول', true, null],
      ['أبريل العام الماضي', true, null],
    ]);
    expect(article.removed.map(({ line, rule }) => [line, rule])).toEqual([
      [20, 'credit'],
      [22, 'share-prompt'],
      [24, 'related-links'],
    ]);
    expect(article.paragraphs.at(-1)?.endsWith('وفق بيانات صادرة من الجانبين حينها.')).toBe(true);
  });

  it('003: published on the day it states, headline without its full stop', () => {
    const article = seedArticle('003_b5a8de8f3c704cbb.txt');
    expect(article.meta.title).toBe('تعزيز التعاون الأمني بين المغرب وباكستان لمواجهة التحديات المشتركة');
    expect(article.meta.date).toBe('2025-01-20');
    expect(article.meta.warnings).toEqual(expect.not.arrayContaining(['no publication date in text']));
    expect(article.removed).toEqual([]);
  });

  it('004: Telexpress from its follow-us line, October 2023, two years', () => {
    const article = seedArticle('004_ab775e6fa1067318.txt');
    expect(article.meta.source).toBe('تليكسبريس');
    expect(article.meta.title).toBe('تنويع الشركاء العسكريين.. وفد عسكري مغربي يزور الرواق الباكستاني بمعرض الرياض');
    expect(article.meta.dates.map(({ text, value, precision }) => [text, value, precision])).toEqual([
      ['أكتوبر 2023', '2023-10', 'month'],
      ['سنة 2021', '2021', 'year'],
      ['لسنة 2023', '2023', 'year'],
    ]);
    expect(article.removed).toEqual([{ line: 25, text: 'تابع آخبار تليكسبريس على akhbar', rule: 'follow-us' }]);
  });
});
