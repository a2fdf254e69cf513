/**
 * Stage 2: the article body as paragraphs, scraped page furniture removed.
 *
 * Scraped articles end (and sometimes start) with the page around them:
 * comment counters, "characters remaining" widgets, share buttons, "related
 * articles" headers, "follow us on …" lines. Each rule below is a pattern for
 * one kind of furniture, not a list of strings seen once, and each is
 * conservative in the same two ways:
 *
 * - only short lines are candidates (at most `MAX_FURNITURE_WORDS` words);
 * - the pattern must match the whole line, on its normalised key, so a body
 *   sentence that merely contains `شارك` or `تابع` is never touched.
 *
 * Every removed line is reported with its line number in the file and the
 * rule's name, so nothing disappears silently. Datelines and credits
 * (`القاهرة - الأناضول`) are not furniture: they stay for `metadata.ts`.
 */
import { normalizeArabic } from '../arabic/normalize.ts';
import type { CleanedSeed, RemovedLine, Seed } from './types.ts';

/** Furniture is short; a line longer than this is always kept. */
export const MAX_FURNITURE_WORDS = 12;

/** A furniture rule: a name for the report and a test on the line's matching key. */
interface FurnitureRule {
  name: string;
  matches: (key: string) => boolean;
}

/** Social networks and share targets, as keys (Latin lower-cased, Arabic folded). */
const NETWORKS = [
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'instagram', 'youtube', 'tiktok', 'pinterest',
  'reddit', 'messenger', 'email', 'e-mail', 'print', 'google news', 'threads', 'snapchat',
  'فيسبوك', 'فايسبوك', 'فيس بوك', 'تويتر', 'اكس', 'واتساب', 'واتس اب', 'تلغرام', 'تيليغرام', 'تليغرام', 'لينكدان',
  'لينكد ان', 'انستغرام', 'انستجرام', 'يوتيوب', 'تيك توك', 'ماسنجر', 'البريد الالكتروني', 'ايميل', 'طباعه',
  'نسخ الرابط', 'غوغل نيوز', 'جوجل نيوز', 'مواقع التواصل الاجتماعي', 'شبكات التواصل الاجتماعي',
].map(normalizeArabic);

const NETWORK = `(?:${[...NETWORKS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
/** Separators between share-network names on one line. */
const SEPARATOR = String.raw`[\s|/·•,،\-–—]+`;
const END = String.raw`\s*[:.!…»>]*$`;

/** Order matters only for the name reported; the first matching rule wins. */
const RULES: readonly FurnitureRule[] = [
  {
    // `تعليقات( 0 )`, `تعليقات (12)`, `0 تعليق`, `التعليقات: 3`, `لا توجد تعليقات`, `أضف تعليقا`
    name: 'comment-counter',
    matches: pattern(
      String.raw`^(?:\d+\s*)?(?:ال)?تعليق(?:ات|ان)?\s*(?::?\s*\(?\s*\d+\s*\)?)?$`,
      String.raw`^(?:لا\s+توجد|لا\s+يوجد|بدون)\s+تعليقات?$`,
      String.raw`^(?:اضف|اترك|اكتب|ارسل)\s+(?:تعليقا|تعليقك|تعليق|ردا)$`,
    ),
  },
  {
    // `1000 / 1000 (عدد الأحرف المتبقية)`, `الأحرف المتبقية: 1000`
    name: 'characters-remaining',
    matches: pattern(
      String.raw`^(?:\d+\s*/\s*\d+\s*)?\(?\s*(?:عدد\s+)?(?:الاحرف|الحروف|الرموز)\s+المتبقيه\s*\)?\s*(?::?\s*\d+(?:\s*/\s*\d+)?)?$`,
    ),
  },
  {
    // `شارك الموضوع`, `شارك المقال على فيسبوك`, `مشاركة`, `شاركوا:`
    name: 'share-prompt',
    matches: pattern(
      String.raw`^(?:شارك|شاركوا|شاركي|مشاركه|انشر|share)(?:\s+(?:هذا|هذه)?\s*(?:الموضوع|المقال|المقاله|الخبر|الصفحه|التدوينه|الفيديو|this|article))?(?:\s*(?:على|عبر|via|on)?\s*${NETWORK}(?:${SEPARATOR}${NETWORK})*)?${END}`,
    ),
  },
  {
    // A line made only of share-network names: `فيسبوك تويتر واتساب`, `Facebook | X | Telegram`
    name: 'share-networks',
    matches: pattern(String.raw`^${NETWORK}(?:${SEPARATOR}${NETWORK})*${END}`),
  },
  {
    // `مواضيع ذات صلة`, `مقالات ذات صلة`, `اقرأ أيضا`, `اقرأ أيضا: عنوان آخر`, `قد يهمك أيضا`
    name: 'related-links',
    matches: pattern(
      String.raw`^(?:مواضيع|مقالات|اخبار|مواد|روابط)\s+(?:ذات\s+صله|متعلقه|مشابهه|مرتبطه|قد\s+تهمك)${END}`,
      String.raw`^(?:اقرا|طالع|شاهد)\s+(?:ايضا|كذلك|المزيد\s+من\s+الاخبار)(?:\s*[:：\-–—]\s*.*)?$`,
      String.raw`^(?:قد\s+يهمك|قد\s+يعجبك|ننصحك\s+بقراءه)(?:\s+ايضا)?(?:\s*[:：\-–—]\s*.*)?$`,
    ),
  },
  {
    // `تابع آخبار تليكسبريس على akhbar`, `تابعونا على فيسبوك`, `تابعوا آخر الأخبار على تلغرام`
    name: 'follow-us',
    matches: pattern(
      String.raw`^(?:تابعونا|تابعنا|follow\s+us)(?:\s+(?:على|عبر|في)\s+.+)?${END}`,
      String.raw`^(?:تابع|تابعوا|تابعي)\s+(?:(?:اخر|احدث|اهم|جميع|كل)\s+)?(?:ال)?اخبار(?:نا)?(?:\s+[^\s.،]+){0,3}\s+(?:على|عبر)\s+[^.،]+$`,
      String.raw`^(?:تابع|تابعوا|تابعي)\s+(?:صفحتنا|قناتنا|حسابنا|موقعنا)(?:\s+.+)?${END}`,
      String.raw`^(?:تابع|تابعوا|تابعي)\s+.*(?:على|عبر)\s+${NETWORK}(?:${SEPARATOR}${NETWORK})*${END}`,
    ),
  },
  {
    // `اشترك في النشرة البريدية`, `اشترك الآن`, `سجل في نشرتنا الإخبارية`, `Subscribe`
    name: 'newsletter',
    matches: pattern(
      String.raw`^(?:اشترك|اشتركوا|اشتركي|سجل|انضم|للاشتراك|الاشتراك)(?:\s+(?:الان|مجانا))?(?:\s+(?:في|ب|الى|على)\s*.*(?:النشره|نشرتنا|القائمه\s+البريديه|قناتنا|newsletter).*)?${END}`,
      String.raw`^(?:النشره\s+(?:البريديه|الاخباريه)|newsletter|subscribe(?:\s+now)?)${END}`,
    ),
  },
  {
    // A lone `اقرأ المزيد`, `المزيد`, `تابع القراءة`, `Read more`
    name: 'read-more',
    matches: pattern(String.raw`^(?:اقرا\s+المزيد|المزيد|للمزيد|تابع\s+القراءه|اكمل\s+القراءه|اقرا\s+التفاصيل|read\s+more)${END}`),
  },
];

/**
 * Splits a seed's body into paragraphs and removes page furniture.
 *
 * @param seed a decoded seed
 * @returns the seed plus `paragraphs` (non-empty lines, trimmed, inner runs of
 *   spaces collapsed to one) with their `lines` in the file, and `removed`
 *   (each furniture line with its 1-based line number in the file and the
 *   rule that matched)
 *
 * Limits: a paragraph is one line; a paragraph wrapped over several lines
 * stays several paragraphs.
 */
export function cleanSeed(seed: Seed): CleanedSeed {
  const paragraphs: string[] = [];
  const lines: number[] = [];
  const removed: RemovedLine[] = [];
  for (const { line, text } of paragraphLines(seed)) {
    const rule = furnitureRule(text);
    if (rule) removed.push({ line, text, rule });
    else {
      paragraphs.push(text);
      lines.push(line);
    }
  }
  // The seed's text is dropped: from here on the paragraphs are the article,
  // and every cached annotation would otherwise carry the text twice.
  const { text: _text, ...rest } = seed;
  return { ...rest, paragraphs, lines, removed };
}

/**
 * The seed's non-empty lines as paragraphs, with their line numbers in the
 * file, before any furniture is removed.
 *
 * @param seed a decoded seed; line numbers start at `seed.bodyStartLine`
 * @returns one entry per non-empty line, text trimmed and spaces collapsed
 */
function paragraphLines(seed: Seed): { line: number; text: string }[] {
  return seed.text
    .split('\n')
    .map((raw, index) => ({ line: seed.bodyStartLine + index, text: toParagraph(raw) }))
    .filter(({ text }) => text !== '');
}

/**
 * The name of the furniture rule `paragraph` matches entirely, or undefined
 * when it is article text.
 *
 * @param paragraph one trimmed line
 */
export function furnitureRule(paragraph: string): string | undefined {
  const key = normalizeArabic(paragraph);
  if (key === '' || moreWordsThan(key, MAX_FURNITURE_WORDS)) return undefined;
  return RULES.find((rule) => rule.matches(key))?.name;
}

/**
 * Whether a key (single spaces between words) has more than `limit` words;
 * counts spaces up to the limit instead of splitting every body paragraph.
 */
function moreWordsThan(key: string, limit: number): boolean {
  let spaces = 0;
  for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) {
    if (++spaces >= limit) return true;
  }
  return false;
}

/** Trims a line and collapses runs of horizontal space inside it; the words are kept. */
function toParagraph(line: string): string {
  // Most lines already are: single spaces between words, none at the ends.
  if (!IRREGULAR_SPACE.test(line)) return line;
  return line.replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu, ' ').trim();
}

/** What `toParagraph` would change: whitespace other than a single space between words. */
const IRREGULAR_SPACE = /[^\S ]|  |^ | $/u;

/**
 * A test that is true when any of the anchored patterns matches the key.
 * Patterns are written in ordinary spelling (`على`, `أضف`); the letters the
 * key folds (hamza on alef, ة, ى) are folded in the pattern too.
 */
function pattern(...sources: string[]): (key: string) => boolean {
  const regexes = sources.map((source) => new RegExp(foldLetters(source), 'u'));
  return (key) => regexes.some((regex) => regex.test(key));
}

function foldLetters(source: string): string {
  return source.replace(/[أإآٱ]/gu, 'ا').replace(/ة/gu, 'ه').replace(/ى/gu, 'ي');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
