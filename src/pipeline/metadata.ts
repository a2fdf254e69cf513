/**
 * Stage 3: what an article says about itself — slug, headline, dateline,
 * source, publication date, and the dates it mentions.
 *
 * Front matter always wins; extraction only fills what the seed does not
 * state. Every heuristic prefers "unknown" to a wrong answer:
 *
 * - Headline: the first paragraph when it reads like one (short, no full stop
 *   between two sentences, not a lead-in ending with `:`). Scraped articles
 *   without one get a title cut from the lead sentence, flagged `titleDerived`
 *   and warned about; the lead stays in the body.
 * - Dateline and source: a credit paragraph `القاهرة - الأناضول` at the end or
 *   start of the body, or an inline opener `أنقرة (الأناضول) -`, `الرباط - و م ع:`.
 *   A standalone credit leaves the body but is listed in `removed` (rule
 *   `credit`) so no text is lost; an inline one stays in the sentence. Next
 *   best is the outlet named by a removed "follow us" line (`تابع آخبار
 *   تليكسبريس على …`); last, with a warning, a known agency quoted in the body
 *   (`اطلعت عليه «الأناضول»`).
 * - Publication date: only a day-precision date the text gives as the day of
 *   the report (`اليوم الاثنين 20 يناير 2025`), never the date of an event
 *   it recalls.
 * - Slug: see `slugFromFileName`.
 */
import { createHash } from 'node:crypto';
import { scanDates } from '../arabic/dates.ts';
import { transliterate } from '../arabic/transliterate.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import { SeedError, type Article, type CleanedSeed, type DateMention, type RemovedLine } from './types.ts';

/** A first paragraph longer than this is a lead, not a headline. */
export const MAX_HEADLINE_WORDS = 25;
/** A first paragraph ending with `.` is a headline only up to this length; longer, it is a one-sentence lead. */
const MAX_HEADLINE_WORDS_WITH_FULL_STOP = 18;
/** Derived titles stop here, with `…`. */
export const MAX_DERIVED_TITLE_WORDS = 14;
/** Clauses are joined until a derived title has at least this many words. */
const MIN_DERIVED_TITLE_WORDS = 5;

/** Agencies quoted by name in Arabic press, as matching keys; the weak source signal only trusts these. */
const KNOWN_AGENCIES = new Set(
  [
    'الأناضول', 'رويترز', 'فرانس برس', 'أ ف ب', 'أ.ف.ب', 'أسوشيتد برس', 'الأسوشيتد برس', 'د ب أ', 'و م ع',
    'وكالة المغرب العربي للأنباء', 'سبوتنيك', 'شينخوا', 'وام', 'واس', 'كونا', 'سانا', 'بترا', 'قنا', 'أ ش أ',
    'وكالة أنباء الشرق الأوسط', 'الأنباء الألمانية',
  ].map(normalizeArabic),
);

/**
 * Adds `meta` to a cleaned seed and takes the headline and a standalone
 * credit line out of the body.
 *
 * @param cleaned the output of `cleanSeed`
 * @returns the article: `paragraphs` is the body (headline and credit
 *   removed), `removed` also lists the credit line, `meta` holds the rest
 * @throws SeedError when no paragraph is left after cleaning
 */
export function extractMetadata(cleaned: CleanedSeed): Article {
  if (cleaned.paragraphs.length === 0) {
    throw new SeedError(cleaned.sourceFile, 'has no article text left after removing page furniture', cleaned.bodyStartLine);
  }
  const { frontMatter } = cleaned;
  const warnings: string[] = [];

  const headline = takeHeadline(withLines(cleaned), frontMatter.title);
  const { body, credit, removed } = takeCredit(headline.body, cleaned.removed);
  const paragraphs = body.map(({ text }) => text);
  let title = headline.title;
  if (title === undefined) {
    title = deriveTitle(stripInlineDateline(paragraphs[0] ?? ''));
    warnings.push('no headline: title derived from the lead sentence');
  }

  let source = frontMatter.source ?? credit?.source ?? outletFromFollowLine(cleaned.removed) ?? null;
  if (source === null) {
    source = quotedAgency(paragraphs) ?? null;
    if (source !== null) warnings.push(`source «${source}» guessed from a quotation in the body`);
  }

  // Dates are matched once: unresolved they give the report day, resolved against it the timeline.
  const datesAgainst = scanDates(paragraphs);
  const date = frontMatter.date ?? reportDay(datesAgainst(null));
  if (date === null) warnings.push('no publication date in text');
  const dates = datesAgainst(date);
  const unresolved = dates.filter((mention) => mention.relative && mention.value === null).length;
  if (unresolved > 0) warnings.push(`${unresolved} relative date${unresolved === 1 ? '' : 's'} left unresolved: no publication date`);

  const { lines: _lines, ...seed } = cleaned;
  return {
    ...seed,
    paragraphs,
    removed,
    meta: {
      slug: frontMatter.slug ?? slugFromFileName(cleaned.sourceFile),
      title,
      titleDerived: headline.title === undefined,
      date,
      source,
      dateline: credit?.dateline ?? null,
      url: frontMatter.url ?? null,
      dates,
      warnings,
    },
  };
}

/** A body paragraph with its 1-based line number in the seed file. */
interface BodyLine {
  line: number;
  text: string;
}

/** The body paragraphs with their line numbers in the file. */
function withLines(cleaned: CleanedSeed): BodyLine[] {
  return cleaned.paragraphs.map((text, index) => ({ line: cleaned.lines[index] ?? cleaned.bodyStartLine, text }));
}

// ── Headline ────────────────────────────────────────────────────────────────

/**
 * The title and the body without its headline. The front matter title wins;
 * a first line that repeats it is dropped, any other first line is body.
 * `title` is undefined when there is neither: the caller derives one.
 */
function takeHeadline(body: BodyLine[], frontMatterTitle: string | undefined): { title: string | undefined; body: BodyLine[] } {
  const first = body[0]?.text ?? '';
  const headline = body.length > 1 && readsLikeHeadline(first) && !isCreditLine(first) ? headlineTitle(first) : undefined;
  if (frontMatterTitle === undefined) return { title: headline, body: headline === undefined ? body : body.slice(1) };
  const repeated = headline !== undefined && normalizeArabic(headline) === normalizeArabic(frontMatterTitle);
  return { title: frontMatterTitle, body: repeated ? body.slice(1) : body };
}

/**
 * Whether a paragraph reads like a headline: 2 to `MAX_HEADLINE_WORDS` words,
 * no full stop between two sentences (`..` and `…` are headline punctuation),
 * not ending with `:` or a comma; ending with `.` only when short.
 *
 * @param paragraph a trimmed paragraph
 */
export function readsLikeHeadline(paragraph: string): boolean {
  const words = wordCount(paragraph);
  if (words < 2 || words > MAX_HEADLINE_WORDS) return false;
  if (/[:：،,؛;]$/u.test(paragraph)) return false;
  if (/(?<!\.)\.(?!\.)\s+\S/u.test(paragraph) || /[؟?!]\s+\S/u.test(paragraph)) return false;
  return !endsWithFullStop(paragraph) || words <= MAX_HEADLINE_WORDS_WITH_FULL_STOP;
}

/** The headline as a title: a single trailing full stop dropped. */
function headlineTitle(paragraph: string): string {
  return endsWithFullStop(paragraph) ? paragraph.slice(0, -1).trimEnd() : paragraph;
}

function endsWithFullStop(text: string): boolean {
  return /(?<!\.)\.$/u.test(text);
}

/**
 * A title cut from a lead paragraph: its first sentence, up to the first
 * clause end (`،` `؛` `,`), joining clauses until the title has a few words,
 * at most `MAX_DERIVED_TITLE_WORDS` words; `…` marks a cut.
 *
 * @param lead the first body paragraph, without an inline dateline
 * @returns the title; empty only when `lead` is
 */
export function deriveTitle(lead: string): string {
  const text = lead.trim();
  const sentence = /^.*?(?:(?<!\.)\.(?!\.)|[؟?!])(?=\s|$)/u.exec(text)?.[0] ?? text;
  let title = '';
  for (const clause of sentence.split(/(?<=[،؛,])\s+/u)) {
    title = title === '' ? clause : `${title} ${clause}`;
    if (wordCount(title) >= MIN_DERIVED_TITLE_WORDS) break;
  }
  const words = title.split(/\s+/u);
  if (words.length > MAX_DERIVED_TITLE_WORDS) title = words.slice(0, MAX_DERIVED_TITLE_WORDS).join(' ');
  if (title === sentence) return endsWithFullStop(title) ? title.slice(0, -1) : title;
  const bare = title.replace(/[\s.،؛,:]+$/u, '');
  return bare === '' ? text : `${bare}…`;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

// ── Dateline and source ─────────────────────────────────────────────────────

const PLACE = String.raw`[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2}`;
const AGENCY = String.raw`[\p{L}\p{M}][\p{L}\p{M}.]*(?:\s[\p{L}\p{M}.]+){0,3}`;
const DASH = '[-–—]';
/** `القاهرة - الأناضول`, `الرباط – و م ع`, `بيروت / رويترز` */
const STANDALONE_CREDIT = new RegExp(String.raw`^(?<place>${PLACE})\s*(?:${DASH}|/)\s*\(?(?<agency>${AGENCY})\)?$`, 'u');
/** `المصدر: الأناضول` */
const SOURCE_LINE = new RegExp(String.raw`^(?:ال)?مصدر\s*[:：]\s*(?<agency>${AGENCY})$`, 'u');
/** `أنقرة (الأناضول) -` and `الرباط - و م ع:` at the start of the first paragraph. */
const INLINE_DATELINES = [
  new RegExp(String.raw`^(?<place>${PLACE})\s*\((?<agency>${AGENCY})\)\s*(?:${DASH}|[:：])\s*`, 'u'),
  new RegExp(String.raw`^(?<place>${PLACE})\s*${DASH}\s*(?<agency>${AGENCY})\s*[:：]\s*`, 'u'),
];

interface Credit {
  source: string | null;
  dateline: string | null;
  /** Index of the body paragraph that is only a credit, when there is one. */
  standalone?: number;
}

/**
 * Finds the credit and moves a standalone credit paragraph from the body to
 * `removed` (rule `credit`), so the report still shows every line of the seed.
 */
function takeCredit(body: BodyLine[], removed: readonly RemovedLine[]): { body: BodyLine[]; credit: Credit | undefined; removed: RemovedLine[] } {
  const credit = findCredit(body);
  const creditLine = credit?.standalone === undefined ? undefined : body[credit.standalone];
  if (!creditLine) return { body, credit, removed: [...removed] };
  return {
    body: body.filter((line) => line !== creditLine),
    credit,
    removed: [...removed, { line: creditLine.line, text: creditLine.text, rule: 'credit' }].sort((a, b) => a.line - b.line),
  };
}

/** A credit paragraph at the end or start of the body, else an inline dateline in the first paragraph. */
function findCredit(body: readonly BodyLine[]): Credit | undefined {
  if (body.length > 1) {
    for (const index of [body.length - 1, 0]) {
      const text = body[index]?.text ?? '';
      const credit = STANDALONE_CREDIT.exec(text)?.groups ?? SOURCE_LINE.exec(text)?.groups;
      if (credit?.agency !== undefined) return { source: credit.agency.trim(), dateline: credit.place?.trim() ?? null, standalone: index };
    }
  }
  const first = body[0]?.text ?? '';
  for (const dateline of INLINE_DATELINES) {
    const groups = dateline.exec(first)?.groups;
    if (groups?.place !== undefined && groups.agency !== undefined) return { source: groups.agency.trim(), dateline: groups.place.trim() };
  }
  return undefined;
}

/** A paragraph that is only a credit (`القاهرة - الأناضول`, `المصدر: رويترز`): short like a headline, but not one. */
function isCreditLine(text: string): boolean {
  return STANDALONE_CREDIT.test(text) || SOURCE_LINE.test(text);
}

function stripInlineDateline(paragraph: string): string {
  for (const dateline of INLINE_DATELINES) {
    const match = dateline.exec(paragraph);
    if (match) return paragraph.slice(match[0].length);
  }
  return paragraph;
}

/** The outlet a removed "follow us" line names: `تابع آخبار تليكسبريس على akhbar` → `تليكسبريس`. */
function outletFromFollowLine(removed: readonly RemovedLine[]): string | undefined {
  for (const { text, rule } of removed) {
    if (rule !== 'follow-us') continue;
    const outlet = /^تابع\S*\s+(?:(?:آخر|اخر|أحدث|احدث)\s+)?[أاآ]خبار\s+(?<outlet>[^\s،.]+(?:\s[^\s،.]+){0,2}?)\s+(?:على|عبر)\s/u.exec(text)?.groups?.outlet;
    if (outlet !== undefined) return outlet;
  }
  return undefined;
}

/** A known agency quoted in the body (`«الأناضول»`), the weakest source signal. */
function quotedAgency(paragraphs: readonly string[]): string | undefined {
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matchAll(/[«"“”](?<name>[^«»"“”]{2,40})[»"”“]/gu)) {
      const name = match.groups?.name?.trim() ?? '';
      if (KNOWN_AGENCIES.has(normalizeArabic(name))) return name;
    }
  }
  return undefined;
}

// ── Publication date ────────────────────────────────────────────────────────

/**
 * The date the text gives as the day of the report (`اليوم الاثنين 20 يناير 2025`), or null.
 *
 * @param mentions the article's dates, unresolved (no publication date)
 */
function reportDay(mentions: readonly DateMention[]): string | null {
  for (const mention of mentions) {
    const today = /^[وف]?اليوم(?![\p{L}\p{M}])/u.test(normalizeArabic(mention.text));
    if (today && !mention.relative && mention.precision === 'day' && mention.value !== null) return mention.value;
  }
  return null;
}

// ── Slug ────────────────────────────────────────────────────────────────────

/**
 * The slug of a seed file name, used when front matter sets none.
 *
 * Rule: the base name without `.txt`, NFC; runs of ASCII letters, digits,
 * `_` and `-` are kept, every other run is spelt in Latin by
 * `transliterate` (the same spelling entity slugs use), lower-cased; every
 * run of other characters becomes one `-`; leading and trailing `-` are
 * trimmed; at most 80 characters. When the name has no ASCII letter or
 * digit at all, the transliteration is lossy, so the first 8 hex digits of
 * the SHA-256 of the NFC name are appended (`تقرير الدفاع` →
 * `taqrir-al-dafa-0943c984`); a name that yields no Latin at all becomes
 * `article-<hash>`. The same name always gives the same slug.
 *
 * @param sourceFile the seed path relative to `seeds/` (folders are ignored)
 * @returns a non-empty ASCII slug; uniqueness is checked by the pipeline
 */
export function slugFromFileName(sourceFile: string): string {
  const name = (sourceFile.split('/').pop() ?? sourceFile).replace(/\.txt$/iu, '').normalize('NFC');
  // ASCII runs are kept as they are; everything else is spelt in Latin.
  const latin = name
    .split(/([A-Za-z0-9_-]+)/u)
    .map((run, i) => (i % 2 === 1 ? run : transliterate(run).replace(/\s+/gu, '-')))
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/gu, '-')
    .replace(/-{2,}/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 80)
    .replace(/-+$/u, '');
  if (/[A-Za-z0-9]/u.test(name)) return latin === '' ? `article-${shortHash(name)}` : latin;
  return latin === '' ? `article-${shortHash(name)}` : `${latin}-${shortHash(name)}`;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}
