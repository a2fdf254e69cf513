import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanSeed, furnitureRule } from '../../../src/pipeline/clean.ts';
import { readSeed } from '../../../src/pipeline/read.ts';
import type { Seed } from '../../../src/pipeline/types.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');

function seedOf(text: string, bodyStartLine = 1): Seed {
  return { sourceFile: 'x.txt', encoding: 'utf-8', text, frontMatter: {}, bodyStartLine, hash: '' };
}

function realSeed(name: string): Seed {
  return readSeed(readFileSync(path.join(SEEDS, name)), name);
}

const BODY =
  'وأكد الجانبان أهمية تعزيز التعاون العسكري بين البلدين في مجالات التدريب وتبادل الخبرات والصناعات الدفاعية.';

describe('paragraphs', () => {
  it('makes one paragraph per non-empty line, trimmed, with runs of spaces collapsed', () => {
    const cleaned = cleanSeed(seedOf('  عنوان الخبر  \n\n\tاستقبل   الوزير\u00A0 نظيره  الباكستاني. \n   \n'));
    expect(cleaned.paragraphs).toEqual(['عنوان الخبر', 'استقبل الوزير نظيره الباكستاني.']);
  });

  it('keeps every word of the body', () => {
    const text = 'يواصل المغرب تنويع شركائه،  وذلك  لربح رهان امنه القومي…';
    expect(cleanSeed(seedOf(text)).paragraphs[0]?.split(' ')).toEqual(text.split(/\s+/u));
  });
});

describe('page furniture', () => {
  it.each([
    ['تعليقات( 0 )', 'comment-counter'],
    ['تعليقات (12)', 'comment-counter'],
    ['0 تعليق', 'comment-counter'],
    ['التعليقات: 3', 'comment-counter'],
    ['أضف تعليقا', 'comment-counter'],
    ['1000 / 1000 (عدد الأحرف المتبقية)', 'characters-remaining'],
    ['الأحرف المتبقية: 500', 'characters-remaining'],
    ['شارك الموضوع', 'share-prompt'],
    ['شارك المقال', 'share-prompt'],
    ['مشاركة', 'share-prompt'],
    ['شارك هذا الخبر على فيسبوك', 'share-prompt'],
    ['فيسبوك تويتر واتساب', 'share-networks'],
    ['Facebook | X | Telegram | Email', 'share-networks'],
    ['مواضيع ذات صلة', 'related-links'],
    ['مقالات ذات صلة', 'related-links'],
    ['اقرأ أيضا', 'related-links'],
    ['اقرأ أيضاً: المغرب وباكستان يوقعان مذكرة تفاهم', 'related-links'],
    ['تابع آخبار تليكسبريس على akhbar', 'follow-us'],
    ['تابعونا على فيسبوك', 'follow-us'],
    ['تابعوا آخر الأخبار على تلغرام', 'follow-us'],
    ['اشترك في النشرة البريدية', 'newsletter'],
    ['اشترك الآن', 'newsletter'],
    ['اقرأ المزيد', 'read-more'],
    ['اقرأ المزيد…', 'read-more'],
  ])('recognises %j as %s', (line, rule) => {
    expect(furnitureRule(line)).toBe(rule);
  });

  it.each([
    ['a long body paragraph that contains شارك', `وشارك الجيش المغربي في مناورات الأسد الإفريقي، كما ${BODY}`],
    ['a long body paragraph that contains تابع', `وتابع الوفد العسكري زيارته إلى الرباط حيث ${BODY}`],
    ['a short body sentence that starts with شارك', 'شارك الجيش المغربي في مناورات الأسد الإفريقي.'],
    ['a short body sentence that starts with تابع', 'تابع الوزير زيارته إلى الرباط.'],
    ['a sentence about comments', 'رفض المتحدث التعليق على الخبر.'],
    ['a sentence about subscriptions', 'اشترك المغرب في برنامج التدريب المشترك منذ سنوات.'],
    ['a dateline and credit line', 'القاهرة - الأناضول'],
    ['a headline', 'مصر وباكستان تبحثان التعاون العسكري المشترك'],
  ])('keeps %s', (_, line) => {
    expect(furnitureRule(line)).toBeUndefined();
  });

  it('never removes a line longer than twelve words, whatever it contains', () => {
    expect(furnitureRule('شارك الموضوع شارك الموضوع شارك الموضوع شارك الموضوع شارك الموضوع شارك الموضوع شارك')).toBeUndefined();
  });

  it('reports each removed line with its line number in the file and its rule', () => {
    const cleaned = cleanSeed(seedOf(`${BODY}\n\nشارك الموضوع\n\nمواضيع ذات صلة`, 5));
    expect(cleaned.paragraphs).toEqual([BODY]);
    expect(cleaned.removed).toEqual([
      { line: 7, text: 'شارك الموضوع', rule: 'share-prompt' },
      { line: 9, text: 'مواضيع ذات صلة', rule: 'related-links' },
    ]);
  });
});

describe('the five seeds', () => {
  it('removes the comment counter and characters widget at the end of seed 000', () => {
    const cleaned = cleanSeed(realSeed('000_bc80649835119055.txt'));
    expect(cleaned.removed).toEqual([
      { line: 19, text: 'تعليقات( 0 )', rule: 'comment-counter' },
      { line: 21, text: '1000 / 1000 (عدد الأحرف المتبقية)', rule: 'characters-remaining' },
    ]);
  });

  it('removes nothing from seed 001 and 003', () => {
    expect(cleanSeed(realSeed('001_6c5f90da1f05c8a5.txt')).removed).toEqual([]);
    expect(cleanSeed(realSeed('003_b5a8de8f3c704cbb.txt')).removed).toEqual([]);
  });

  it('removes the share prompt and related-links header of seed 002 but keeps its credit line', () => {
    const cleaned = cleanSeed(realSeed('002_e5f671c85a6cc294.txt'));
    expect(cleaned.removed.map(({ line, rule }) => [line, rule])).toEqual([
      [22, 'share-prompt'],
      [24, 'related-links'],
    ]);
    expect(cleaned.paragraphs.at(-1)).toBe('القاهرة - الأناضول');
  });

  it('removes the follow-us line of seed 004', () => {
    const cleaned = cleanSeed(realSeed('004_ab775e6fa1067318.txt'));
    expect(cleaned.removed).toEqual([{ line: 25, text: 'تابع آخبار تليكسبريس على akhbar', rule: 'follow-us' }]);
    expect(cleaned.paragraphs).toHaveLength(12);
  });
});
