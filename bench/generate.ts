/**
 * A synthetic dossier: N seed articles that cost the pipeline and the site
 * what real ones would.
 *
 * What makes a dossier expensive is not its byte count but its shape, so the
 * generator reproduces the shape of the five real seeds:
 *
 * - ~4 KB per article (3.2–4.8 KB), a headline (sometimes none, so the title
 *   is derived), six to ten paragraphs written in the genre's phrasing,
 *   sometimes one paragraph per line instead of blank-line separated, an
 *   occasional YAML front matter block, a dateline (`القاهرة - الأناضول`)
 *   and page furniture (`تعليقات( 0 )`, `شارك الموضوع`).
 * - People: registered officials (the curated registry, else the people the
 *   five seeds name) and a long tail of unregistered officials introduced by
 *   rank or title (`اللواء`، `السفير المغربي`، `وزير الدفاع الباكستاني`).
 *   Unregistered officials are drawn from a 1/k (Zipf-like) distribution
 *   over a pool that grows with N, so a few recur in hundreds of articles and
 *   most appear once or twice: entity pages grow as they would in a real
 *   dossier. Each person keeps one name, country and title across articles.
 * - Countries by weight (Morocco, Pakistan and Egypt dominate, ~50 others
 *   trail), written as names with proclitics (`وباكستان`، `للمغرب`), nisba
 *   adjectives (`الباكستانية`، `المغربي`) and capitals in several spellings.
 * - Dates in the outlet's month family (Maghreb `شتنبر 2023`, Egypt/Gulf
 *   `20 يناير 2025`, Levant `أيار 2024`, with weekdays that match the date),
 *   relative dates (`أمس`، `ماي الماضي`), years (`سنة 2021`). Articles are
 *   dated as a stream collected over the years is: article i of N falls
 *   i/N of the way through eleven years, so an article added after the N
 *   is the newest, as the next article of a real dossier is, and the dates
 *   it mentions lie in the recent past, with now and then an older year.
 *
 * Deterministic: article i depends only on (seed, i, N), so runs can be
 * compared figure by figure.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  ARMED_GROUPS,
  COUNTRIES,
  EQUIPMENT,
  EVENTS,
  FAMILY_NAMES,
  FIELDS,
  FIRST_NAMES,
  FURNITURE,
  LATIN_EXERCISES,
  MONTHS,
  ORGANIZATIONS,
  OUTLETS,
  SEED_OFFICIALS,
  TITLES,
  WEEKDAYS,
  type Country,
  type MonthFamily,
  type Title,
} from './lexicon.ts';

/** A person the articles talk about. */
export interface Official {
  name: string;
  /** How the second mention names them: the family name, or the full name. */
  short: string;
  country: Country;
  /** A curated title (registered officials) or a lexicon title (generated ones). */
  title: string | Title;
  registered: boolean;
}

export interface GenerateOptions {
  /** Number of articles to write. */
  count: number;
  /** Index of the first article; articles are numbered `first … first+count-1`. Default 0. */
  first?: number;
  /** PRNG seed; default 1. */
  seed?: number;
  /** Folder to write `NNNNN_<hex>.txt` files into (created). */
  outDir: string;
  /** Registered officials, see {@link loadRegisteredOfficials}. */
  registered: readonly Official[];
  /**
   * Size of the pool of unregistered officials; default `max(60, 0.6 × (first + count))`.
   * Pass the same value when adding articles to an existing dossier.
   */
  poolSize?: number;
  /**
   * Articles the stream's years are shared among (`streamDate`); default
   * `first + count`. Pass the dossier's size when adding articles to it, so
   * that they come after it.
   */
  span?: number;
}

export interface GeneratedDossier {
  files: string[];
  bytes: number;
}

/** File names are zero-padded to this width so they sort like the seeds. */
const INDEX_WIDTH = 5;

/**
 * Writes `count` synthetic seed articles into `outDir`.
 *
 * @returns the file names written and their total size in bytes
 */
export async function generateDossier(options: GenerateOptions): Promise<GeneratedDossier> {
  const first = options.first ?? 0;
  const seed = options.seed ?? 1;
  const pool = options.poolSize ?? defaultPoolSize(first + options.count);
  const span = options.span ?? first + options.count;
  await mkdir(options.outDir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (let index = first; index < first + options.count; index++) {
    const { name, text } = composeArticle(seed, index, options.registered, pool, span);
    const buffer = Buffer.from(text, 'utf8');
    await writeFile(path.join(options.outDir, name), buffer);
    files.push(name);
    bytes += buffer.length;
  }
  return { files, bytes };
}

/** The pool of unregistered officials for a dossier of `total` articles. */
export function defaultPoolSize(total: number): number {
  return Math.min(FIRST_NAMES.length * FAMILY_NAMES.length, Math.max(60, Math.round(total * 0.6)));
}

/**
 * The registered officials: persons of the curated registry
 * (`content/entities/*.yaml`) when it has any, else the people the five seeds
 * name. The registry's exact schema is not assumed: any mapping with a `name`
 * and a person-like `type` (or in a file named after people) counts.
 *
 * @param registryDir `content/entities`
 */
export async function loadRegisteredOfficials(registryDir: string): Promise<{ officials: Official[]; source: 'registry' | 'seeds' }> {
  const byCode = new Map(COUNTRIES.map((country) => [country.code, country]));
  const found: Official[] = [];
  const files = await readdir(registryDir, { recursive: true }).catch(() => [] as string[]);
  for (const file of files.filter((f) => /\.ya?ml$/u.test(f)).sort()) {
    const text = await readFile(path.join(registryDir, file), 'utf8').catch(() => '');
    const peopleFile = /people|person|official/iu.test(file);
    for (const document of parseAllDocuments(text)) {
      for (const entry of mappings(document.toJS({ maxAliasCount: -1 }) as unknown)) {
        const name = typeof entry.name === 'string' ? entry.name.trim() : '';
        const type = typeof entry.type === 'string' ? entry.type : peopleFile ? 'person' : '';
        if (!name || !/person|official/u.test(type) || !/\p{Script=Arabic}/u.test(name)) continue;
        const country = byCode.get(String(entry.country ?? '').toUpperCase()) ?? byCode.get('MA')!;
        const titles = Array.isArray(entry.titles) ? (entry.titles as unknown[]) : [];
        const firstTitle = titles[0];
        const title =
          typeof firstTitle === 'string'
            ? firstTitle
            : firstTitle && typeof firstTitle === 'object' && typeof (firstTitle as { title?: unknown }).title === 'string'
              ? (firstTitle as { title: string }).title
              : typeof entry.title === 'string'
                ? entry.title
                : `مسؤول ${country.nisbaM.replace(/^ال/u, '')}`;
        found.push({ name, short: shortName(name), country, title, registered: true });
      }
    }
  }
  if (found.length > 0) return { officials: found, source: 'registry' };
  return {
    officials: SEED_OFFICIALS.map((person) => ({
      name: person.name,
      short: shortName(person.name),
      country: byCode.get(person.country)!,
      title: person.title,
      registered: true,
    })),
    source: 'seeds',
  };
}

/** Every plain object inside a parsed YAML value, depth first. */
function mappings(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(mappings);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const nested = Object.values(record).flatMap((child) => (child && typeof child === 'object' ? mappings(child) : []));
    return 'name' in record ? [record, ...nested] : nested;
  }
  return [];
}

/** The family name used on a second mention (`حموشي` for `عبد اللطيف حموشي`). */
function shortName(name: string): string {
  const words = name.split(/\s+/u);
  return words.length >= 2 ? words.at(-1)! : name;
}

// ───────────────────────── randomness ─────────────────────────

/** A small seeded PRNG (mulberry32): fast, good enough for text, reproducible everywhere. */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of integers, to derive independent streams (article i, person k). */
function hash32(...values: number[]): number {
  let h = 0x811c9dc5;
  for (const value of values) {
    h = Math.imul(h ^ (value >>> 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function chance(random: Random, p: number): boolean {
  return random() < p;
}

const TOTAL_WEIGHT = COUNTRIES.reduce((sum, country) => sum + country.weight, 0);

function weightedCountry(random: Random): Country {
  let r = random() * TOTAL_WEIGHT;
  for (const country of COUNTRIES) {
    r -= country.weight;
    if (r < 0) return country;
  }
  return COUNTRIES[0]!;
}

/** A rank in [0, size) drawn with probability ∝ 1/(k+1): a long tail. */
function zipfRank(random: Random, size: number): number {
  return Math.min(size - 1, Math.floor(Math.pow(size + 1, random())) - 1);
}

// ───────────────────────── people ─────────────────────────

/**
 * The k-th unregistered official: a distinct name for every k below
 * FIRST×FAMILY (for a fixed first name, k ↦ family index is a bijection), and
 * a country and title fixed by k.
 */
export function generatedOfficial(k: number): Official {
  const f = FIRST_NAMES.length;
  const g = FAMILY_NAMES.length;
  const first = FIRST_NAMES[k % f]!;
  const family = FAMILY_NAMES[(Math.floor(k / f) + (k % f) * 7) % g]!;
  const random = mulberry32(hash32(0x5eed, k));
  return {
    name: `${first} ${family}`,
    short: family,
    country: weightedCountry(random),
    title: pick(random, TITLES),
    registered: false,
  };
}

// ───────────────────────── Arabic helpers ─────────────────────────

/** `ل` + name, merging with the article: `للمغرب`, `لمصر`, `لإسلام آباد`. */
function li(name: string): string {
  return name.startsWith('ال') ? `لل${name.slice(2)}` : `ل${name}`;
}

/** A nisba without its article, for indefinite nouns: `وسائل إعلام باكستانية`. */
function indefinite(nisba: string): string {
  return nisba
    .split(' ')
    .map((word) => word.replace(/^ال/u, ''))
    .join(' ');
}

/** `أ، ب وج`: an Arabic enumeration. */
function enumerate(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('، ')} و${items.at(-1)}`;
}

function distinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const copy = [...items];
  const out: T[] = [];
  while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]!);
  return out;
}

// ───────────────────────── one article ─────────────────────────

/** Everything one article talks about, fixed before any sentence is written. */
interface Story {
  random: Random;
  family: MonthFamily;
  outlet: (typeof OUTLETS)[number];
  /** Publication date. */
  date: Date;
  /** Host country, guest country, a third country mentioned in passing. */
  a: Country;
  b: Country;
  c: Country;
  host: Official;
  guest: Official;
  others: Official[];
  /** Officials already introduced in this article (later mentions are short). */
  introduced: Set<string>;
}

function pickOfficial(random: Random, registered: readonly Official[], pool: number, notCountry?: Country, country?: Country): Official {
  for (let attempt = 0; attempt < 40; attempt++) {
    const candidate =
      registered.length > 0 && chance(random, 0.35) ? pick(random, registered) : generatedOfficial(zipfRank(random, pool));
    if (notCountry && candidate.country.code === notCountry.code) continue;
    if (country && candidate.country.code !== country.code) continue;
    return candidate;
  }
  const fallback = generatedOfficial(zipfRank(random, pool));
  return { ...fallback, country: country ?? COUNTRIES.find((c) => c.code !== notCountry?.code)! };
}

/** The stream's first day and its length: eleven years, 2015 to 2025. */
const STREAM_START = Date.UTC(2015, 0, 1);
const STREAM_DAYS = Math.round((Date.UTC(2026, 0, 1) - STREAM_START) / 86_400_000);

/**
 * The publication day of article `index` of a stream of `span` articles:
 * `index / span` of the way through the stream's years, moved by up to one
 * article's share of them (`jitter` in [0, 1)), so that neighbours may
 * swap. Article `span` and later, added to the dossier, are the newest.
 */
export function streamDate(index: number, span: number, jitter: number): Date {
  const day = Math.floor(((index + jitter) / Math.max(1, span)) * STREAM_DAYS);
  return new Date(STREAM_START + day * 86_400_000);
}

function createStory(random: Random, registered: readonly Official[], pool: number, index: number, span: number): Story {
  const outlet = pick(random, OUTLETS);
  const family = chance(random, 0.85) ? outlet.family : pick(random, ['maghreb', 'egypt', 'levant'] as const);
  const date = streamDate(index, span, random());
  // Two draws more, as many as a date once took, so that the words after it
  // do not depend on how the stream is dated.
  random();
  random();
  const host = pickOfficial(random, registered, pool);
  const guest = pickOfficial(random, registered, pool, host.country);
  let c = weightedCountry(random);
  for (let i = 0; i < 10 && (c.code === host.country.code || c.code === guest.country.code); i++) c = weightedCountry(random);
  const others = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, i) =>
    pickOfficial(random, registered, pool, undefined, i % 2 === 0 ? host.country : undefined),
  ).filter((person, i, all) => person.name !== host.name && person.name !== guest.name && all.findIndex((p) => p.name === person.name) === i);
  return { random, family, outlet, date, a: host.country, b: guest.country, c, host, guest, others, introduced: new Set() };
}

/** The story's words: each call may draw randomness, so text varies article to article. */
function vocabulary(story: Story) {
  const { random } = story;
  const months = MONTHS[story.family];
  const monthName = (month: number): string =>
    story.family === 'levant' && chance(random, 0.3) ? `${months[month]}/${MONTHS.egypt[month]}` : months[month]!;
  const earlier = (): Date => new Date(story.date.getTime() - (20 + Math.floor(random() * 900)) * 86_400_000);

  const capital = (country: Country): string =>
    country.capitals.length > 1 && chance(random, 0.4) ? pick(random, country.capitals) : country.capitals[0]!;

  /** The phrase that names a title with the person's country. */
  const titleText = (person: Official): string => {
    if (typeof person.title === 'string') return person.title;
    const { text, nisba } = person.title;
    if (nisba === 'm') return `${text} ${person.country.nisbaM}`;
    if (nisba === 'f') return `${text} ${person.country.nisbaF}`;
    return text;
  };

  /** First mention introduces the person with rank or title; later ones use the family name. */
  const person = (official: Official): string => {
    if (story.introduced.has(official.name)) return chance(random, 0.6) ? official.short : official.name;
    story.introduced.add(official.name);
    const title = titleText(official);
    if (typeof official.title !== 'string' && official.title.kind === 'rank') {
      return official.title.text === 'السفير' && chance(random, 0.6)
        ? `السفير ${official.country.nisbaM} ب${capital(story.b.code === official.country.code ? story.a : story.b)}، ${official.name}`
        : `${title} ${official.name}`;
    }
    return chance(random, 0.5) ? `${title}، ${official.name}` : `${official.name}، ${title}`;
  };

  return {
    capital,
    titleText,
    person,
    field: () => pick(random, FIELDS),
    fields: (n: number) => enumerate(distinct(random, FIELDS, n)),
    organization: (country?: Country) => {
      const own = country ? ORGANIZATIONS.filter((o) => o.country === country.code) : [];
      return own.length > 0 && chance(random, 0.7) ? pick(random, own).name : pick(random, ORGANIZATIONS.filter((o) => !o.country)).name;
    },
    event: () => pick(random, EVENTS),
    equipment: () => pick(random, EQUIPMENT),
    groups: () => distinct(random, ARMED_GROUPS, 2),
    place: (country: Country) => (country.places.length > 0 ? pick(random, country.places) : capital(country)),
    /** `20 يناير 2025`, with the weekday when asked. */
    fullDate: (weekday = false) => {
      const d = story.date;
      const text = `${d.getUTCDate()} ${monthName(d.getUTCMonth())} ${d.getUTCFullYear()}`;
      return weekday ? `اليوم ${WEEKDAYS[d.getUTCDay()]} ${text}` : text;
    },
    /** `شتنبر 2023`: an earlier month. */
    monthYear: () => {
      const d = earlier();
      return `${monthName(d.getUTCMonth())} ${d.getUTCFullYear()}`;
    },
    year: () => String(earlier().getUTCFullYear()),
    /** Relative dates the pipeline must keep unresolved. */
    relative: () =>
      pick(random, [
        'أمس',
        'أمس الأول',
        `اليوم ${WEEKDAYS[story.date.getUTCDay()]}`,
        `${months[earlier().getUTCMonth()]} الماضي`,
        'الشهر الماضي',
        'الأسبوع الماضي',
        'العام الماضي',
      ]),
    future: () => pick(random, ['الشهر المقبل', `خلال ${months[(story.date.getUTCMonth() + 2) % 12]} المقبل`, 'مطلع العام المقبل', 'في وقت لاحق من هذا العام']),
  };
}

type Words = ReturnType<typeof vocabulary>;
type Template = (s: Story, w: Words) => string;

/** Headlines, as the seeds write them (some with `..` and a trailing period). */
const HEADLINES: Template[] = [
  (s) => `${s.a.name} و${s.b.name} تبحثان التعاون العسكري المشترك`,
  (s) => `لتعزيز العلاقات العسكرية ..لقاء يجمع قائدين رفيعي المستوى في ${s.a.name} و${s.b.name}`,
  (s) => `تعزيز التعاون الأمني بين ${s.a.name} و${s.b.name} لمواجهة التحديات المشتركة.`,
  (s) => `${s.host.short} يستقبل ${s.guest.name} في ${s.a.capitals[0]}`,
  (s) => `توقيع مذكرة تفاهم في مجال الدفاع بين ${s.a.name} و${s.b.name}`,
  (s, w) => `وفد عسكري ${indefinite(s.a.nisbaM)} يزور ${w.capital(s.b)} لبحث ${w.field()}`,
  (s, w) => `تنويع الشركاء العسكريين.. ${s.a.name} تنفتح على الصناعة الدفاعية ${s.b.nisbaF} في ${w.event()}`,
  (s) => `مباحثات ${s.a.nisbaF.replace(/^ال/u, '')}-${s.b.nisbaF.replace(/^ال/u, '')} حول الأمن الإقليمي`,
  (s, w) => `مناورات مشتركة بين جيشي ${s.a.name} و${s.b.name} في ${w.place(s.a)}`,
  (s) => `${s.guest.short}: العلاقات مع ${s.a.name} «نموذج يحتذى به»`,
  (s, w) => `${w.organization(s.a)} و${w.organization(s.b)} تبحثان ${w.field()}`,
  (s) => `اتفاق عسكري جديد يعزز الشراكة بين ${s.a.name} و${s.b.name}`,
];

/** The lead paragraph: who met whom, where and when. */
const LEADS: Template[] = [
  (s, w) =>
    `استقبل ${w.person(s.host)}، ${w.fullDate(true)}، ${w.person(s.guest)}، ${pick(s.random, ['في زيارة عمل', 'في زيارة رسمية', 'على رأس وفد رفيع المستوى'])} إلى ${s.a.name}. اللقاء الذي جرى في العاصمة ${w.capital(s.a)}، كان فرصة لتبادل الآراء والتباحث حول سبل تعزيز التعاون ${pick(s.random, ['الأمني', 'العسكري', 'الدفاعي'])} بين البلدين في مواجهة التحديات التي تزداد تعقيدا على المستوى الإقليمي والدولي.`,
  (s, w) =>
    `كشفت وسائل إعلام ${indefinite(s.b.nisbaF)}، أن ${w.person(s.host)}، قد اجتمع بنظيره ${s.b.nisbaM}، ${w.person(s.guest)}، بمقر ${w.organization(s.b)} في ${w.capital(s.b)}، من أجل تعزيز العلاقات العسكرية بين البلدين.`,
  (s, w) =>
    `عزز ${s.a.name} و${s.b.name} علاقاتهما الثنائية بتوقيع اتفاقية تعاون في المجال الدفاعي، وذلك خلال زيارة رسمية قام بها ${w.person(s.guest)} إلى ${w.capital(s.a)}، ${w.relative()}، في خطوة تعكس رغبة البلدين في إرساء إطار مؤسساتي أكثر تنظيما لتطوير شراكتهما العسكرية.`,
  (s, w) =>
    `أجرت ${s.a.name} و${s.b.name}، ${w.relative()}، ${pick(s.random, ['لليوم الثاني على التوالي', 'في جولة جديدة', 'في إطار الحوار الاستراتيجي'])}، مباحثات عسكرية ب${w.capital(s.a)} حول عدد من القضايا المشتركة، شملت ${w.fields(3)}.`,
  (s, w) =>
    `شارك وفد عسكري ${indefinite(s.a.nisbaM)} برئاسة ${w.person(s.host)} في فعاليات ${w.event()} التي احتضنتها ${w.capital(s.b)} في ${w.fullDate()}، حيث اطلع على جديد الصناعات الدفاعية ${s.b.nisbaF}، والتقى ${w.person(s.guest)}.`,
  (s, w) =>
    `بحث ${w.person(s.host)}، مع ${w.person(s.guest)}، ${w.fullDate(chance(s.random, 0.5))}، سبل تطوير التعاون العسكري بين ${s.a.name} و${s.b.name}، ولا سيما في مجالات ${w.fields(2)}.`,
];

/** Body paragraphs; each article draws a different subset in a different order. */
const PARAGRAPHS: Template[] = [
  (s, w) =>
    `وأوضحت تقارير إعلامية ${indefinite(s.b.nisbaF)}، أن هذا اللقاء الذي جمع بين ${w.person(s.host)} و${w.person(s.guest)}، يرمي إلى تطوير أفق التعاون الثنائي بين البلدين وتعزيز التعاون المشترك في المجال العسكري، لا سيما وأن ${s.a.name} و${s.b.name} تربط بينهما علاقات ودية آخذة في النمو.`,
  (s, w) =>
    `وتم خلال هذا اللقاء مناقشة مجموعة من القضايا التي تحظى باهتمام البلدين، وتركزت المباحثات على سبل تطوير التعاون في مجالات ${w.fields(3)}، من أجل ضمان الأمن الإقليمي وتعزيز الاستقرار في المنطقة.`,
  (s, w) =>
    `وأوردت التقارير ذاتها تصريح ${w.person(s.guest)}، الذي عبر من خلاله عن تقديره العميق للعلاقات الرابطة بين ${s.b.name} و${s.a.name}، موضحا أنها تقوم على الاحترام المتبادل وتنمية الروابط الاقتصادية، إلى جانب التعاون في المنتديات الدولية متعددة الأطراف، ومنها ${w.organization()}.`,
  (s, w) =>
    `أما ${w.person(s.host)}، فقد أشاد بالدور الذي تلعبه ${w.organization(s.b)} في تحقيق الأمن بالمنطقة، منوها بمجهوداتها الكبيرة والمستمرة، الرامية إلى دعم الاستقرار من خلال التنسيق مع مختلف الشركاء.`,
  (s, w) =>
    `وتجدر الإشارة إلى أن ${w.person(s.others[0] ?? s.host)}، كان قد استقبل في ${w.relative()}، ${w.person(s.others[1] ?? s.guest)}، من أجل تعزيز التعاون الأمني الدولي، وتطوير التنسيق العملياتي مع الدول الشريكة ${li(s.a.name)}.`,
  (s, w) =>
    `وجدير بالذكر أيضا أن ${w.person(s.others[0] ?? s.host)}، كان قد عقد في ${w.monthYear()}، اجتماعا مع ${w.person(s.others[1] ?? s.guest)}، تباحث فيه الطرفان آفاق العلاقات ${s.a.nisbaF} ${s.b.nisbaF}، وفرص تعزيز العلاقات التجارية بين البلدين وتشجيع الاستثمار فيهما.`,
  (s, w) =>
    `ودعا ${w.person(s.host)} إلى أهمية تضافر الجهود الدولية لمكافحة الإرهاب من خلال استراتيجية شاملة، مشيرا إلى اهتمام ${s.a.name} بتطوير تعاونها مع ${s.b.name}، والاستفادة من خبراتها العسكرية في مجال ${w.field()}.`,
  (s, w) =>
    `وأعرب ${w.person(s.guest)} عن «اعتزاز بلاده بتعاونها مع ${s.a.name} في مختلف المجالات، ومن بينها الصعيد العسكري والأمني»، حسب ${pick(s.random, ['البيان ذاته', 'بيان صادر عن الرئاسة', 'مصادر رسمية', 'وكالة الأنباء الرسمية'])}.`,
  (s) =>
    `ووفق ${pick(s.random, [`بيان الجيش ${s.a.nisbaM}`, `بيان وزارة الدفاع ${s.a.nisbaF}`, `البيان ${s.a.nisbaM}`])}، «تم خلال اللقاء التباحث بشأن عدد من الموضوعات ذات الاهتمام المشترك في ضوء التعاون العسكري القائم بين البلدين وتطورات الأوضاع على الصعيد الإقليمي، وانعكاساتها على الأمن والاستقرار في ظل الظروف والتحديات الحالية التي تمر بها المنطقة»، من دون مزيد من التفاصيل.`,
  (s, w) =>
    `و${pick(s.random, ['أمس الأول', 'أمس', 'في اليوم ذاته'])}، اجتمع ${w.person(s.others[0] ?? s.host)} و${w.person(s.others[1] ?? s.host)} ب${w.person(s.guest)} والوفد المرافق له، الذي يزور ${s.a.name} حاليا، في لقاءين منفصلين.`,
  (s, w) =>
    `وفي ${MONTHS[s.family][Math.floor(s.random() * 12)]} ${pick(s.random, ['العام الماضي', 'من العام الماضي', w.year()])}، زار ${w.person(s.others.at(-1) ?? s.host)}، ${w.capital(s.b)}، على رأس وفد رفيع المستوى، والتقى ${w.person(s.guest)}، وناقش معه سبل تعزيز العلاقات الثنائية بين الدولتين في جميع المجالات، خاصة في المجال الأمني، وفق بيانات صادرة من الجانبين حينها.`,
  (s, w) =>
    `وتركز الاتفاقية على مجالات متعددة، من بينها ${w.fields(4)}. كما تنص على إحداث آلية مشتركة للتتبع من أجل تنسيق الأنشطة والبرامج المتفق عليها بين الطرفين، على أن تجتمع لجنة عسكرية مشتركة في ${w.capital(s.b)} ${w.future()}.`,
  (s, w) =>
    `وتشكل هذه المذكرة محطة بارزة في مسار العلاقات الدفاعية بين ${s.a.name} و${s.b.name}، إذ تمنح إطارا منظما لتعاون كان قائما منذ سنوات، تجسد من خلال تدريبات عسكرية مشتركة، من بينها مناورات لمكافحة الإرهاب احتضنتها ${s.b.name} سنة ${w.year()}.`,
  (s, w) =>
    `وكانت ${w.organization(s.a)} قد شاركت في التدريبات متعددة الجنسيات “${pick(s.random, LATIN_EXERCISES)}-${w.year()}″، التي نظمها ${w.organization(s.b)} في ${w.monthYear()}، إلى جانب وحدات من ${s.c.name}.`,
  (s, w) =>
    `ويأتي تنامي الشراكة العسكرية بين ${s.a.name} و${s.b.name}، حسب متخصصين في الشؤون العسكرية، في سياق نجاح سياسة تنويع الشركاء العسكريين على المستوى الدولي، وهو ما مكن ${s.a.name} من الانفتاح على الشريك ${s.b.nisbaM} الذي يمكن أن يلعب دورا مهما في ورش ${w.field()}.`,
  (s, w) =>
    `وتعتبر ${s.b.name} من بين الدول القوية في مجال الصناعة العسكرية، وهو ما يفتح الباب أمام ${s.a.name} للاستفادة من تجربتها، خاصة في ما يتعلق ب${w.equipment()} و${w.equipment()}.`,
  (s) =>
    `ويعتبر التنافس بين ${s.b.name} و${s.c.name} حول السوق ${s.a.nisbaF}، دليلا واضحا على أهمية ${s.a.name} كوجهة لتصنيع الأسلحة مستقبلا، وهو ما سيعود بالنفع على المنطقة بأسرها.`,
  (s, w, [first, second] = w.groups()) =>
    `من جهة أخرى، ناقش المسؤولان مسألة مكافحة الإرهاب، حيث تشترك كل من ${s.a.name} و${s.b.name} في محاربة الجماعات الإرهابية، لا سيما تلك المرتبطة بـ “${first}” و”${second}”. هذه التهديدات تمثل تحديا مشتركا لكلا البلدين، مما يستدعي تعزيز التعاون في مجال تبادل المعلومات الاستخباراتية.`,
  (s, w) =>
    `وكان حادث غرق قارب للهجرة غير الشرعية قبالة شواطئ ${w.place(s.a)} ${s.a.nisbaF}، الذي أودى بحياة مجموعة من المواطنين ${s.b.nisbaM.replace(/ي$/u, 'يين')}، أحد المواضيع البارزة التي تم التطرق إليها، وقد عبر ${w.person(s.guest)} عن شكره للسلطات ${s.a.nisbaF} على التدخل السريع.`,
  (s, w) =>
    `وعلى هامش ${w.event()} الذي احتضنته ${w.capital(s.c)} ${w.relative()}، التقى ${w.person(s.others[0] ?? s.host)} ب${w.person(s.others[1] ?? s.guest)}، وبحث الجانبان إمكانيات اقتناء ${w.equipment()} وتطوير الصيانة المحلية لها.`,
  (s, w) =>
    `وفي سياق متصل، أعلنت ${w.organization(s.a)} عن تنظيم ${w.event()} ${w.future()}، بمشاركة وحدات من ${s.a.name} و${s.b.name} و${s.c.name}، إلى جانب مراقبين من ${w.organization()}.`,
  (s, w) =>
    `وقال ${w.person(s.others[0] ?? s.host)} في تصريح ${li(s.outlet.name)}، إن «العلاقات بين ${s.a.name} و${s.b.name} تعرف دينامية غير مسبوقة، والتعاون في مجال ${w.field()} سيتعزز خلال السنوات المقبلة».`,
  (s, w) =>
    `وتستند العلاقات ${s.a.nisbaF} ${s.b.nisbaF} إلى روابط دبلوماسية وتاريخية قائمة على الاحترام المتبادل، شملت على مر السنوات تدريبات مشتركة وبرامج تكوين وزيارات رفيعة المستوى، كان آخرها زيارة ${w.person(s.others.at(-1) ?? s.guest)} إلى ${w.capital(s.b)} في ${w.monthYear()}.`,
  (s, w) =>
    `ومن المرتقب أن يسهم اتفاق التعاون الدفاعي الجديد في تعزيز التبادل في مجالات التدريب والتكنولوجيا والصناعة الدفاعية، بما يدعم تطوير القدرات العسكرية ويقوي مستوى التنسيق الاستراتيجي بين ${w.capital(s.a)} و${w.capital(s.b)}.`,
  (s, w) =>
    `وشدد ${pick(s.random, ['القائدان', 'المسؤولان', 'الجانبان'])} في نهاية هذا الاجتماع على أهمية تعزيز التعاون الثنائي، ولاسيما في مجالات ${w.fields(2)}، ما من شأنه أن ينعكس إيجابا على قدراتهما الدفاعية، كما اتفقا على مواصلة الجهود لمواجهة التحديات المشتركة.`,
  (s) =>
    `ويعكس هذا التعاون الثنائي الأهمية الاستراتيجية لعلاقة ${s.a.name} و${s.b.name} في مجال الأمن، ويؤكد أن البلدين يشتركان في مواجهة تحديات تهدد أمنهما وأمن المنطقة بشكل عام، كما يعتبر نموذجا يحتذى به في تعزيز الشراكات الأمنية الدولية.`,
  (s, w) =>
    `وتبلغ قيمة الصفقة التي يجري التفاوض بشأنها نحو ${(1 + Math.floor(s.random() * 40)) / 10} مليار دولار، وتشمل ${w.equipment()}، فيما يرتقب أن تنطلق عمليات التسليم ${w.future()}، حسب ما أفادت به ${pick(s.random, ['مصادر مطلعة', 'منصة متخصصة في الشؤون الدفاعية', 'تقارير إعلامية'])}.`,
  (s, w) =>
    `ويذكر أن ${w.person(s.others[1] ?? s.guest)} كان قد أكد، خلال ${w.event()} سنة ${w.year()}، أن بلاده تعتبر ${s.a.name} شريكا موثوقا في القارة، وأن ${w.organization()} تمثل إطارا مناسبا لتنسيق المواقف.`,
  (s, w) =>
    `يشار إلى أن ${s.c.name} كانت قد وقعت بدورها في ${w.monthYear()} اتفاقا مماثلا مع ${s.b.name}، يشمل ${w.fields(2)}، وهو ما يعكس، وفق مراقبين، تحولا في خريطة التحالفات الدفاعية في المنطقة.`,
];

/**
 * One article: its file name and its text.
 *
 * @param seed dossier seed
 * @param index article number; the article depends only on (seed, index, registered, pool, span)
 * @param span the number of articles the stream's years are shared among (`streamDate`)
 */
export function composeArticle(
  seed: number,
  index: number,
  registered: readonly Official[],
  pool: number,
  span: number,
): { name: string; text: string } {
  const random = mulberry32(hash32(seed, index));
  const story = createStory(random, registered, pool, index, span);
  const words = vocabulary(story);
  const hex = Array.from({ length: 2 }, () => Math.floor(random() * 2 ** 32).toString(16).padStart(8, '0')).join('');
  const name = `${String(index).padStart(INDEX_WIDTH, '0')}_${hex}.txt`;

  const headline = pick(random, HEADLINES)(story, words);
  const target = 3000 + Math.floor(random() * 1400);
  const dateline = `${story.a.capitals[0]} - ${story.outlet.agency ? story.outlet.name : pick(random, OUTLETS.filter((o) => o.agency)).name}`;

  let lead = pick(random, LEADS)(story, words);
  if (chance(random, 0.1)) lead = `${dateline}: ${lead}`;
  const paragraphs = [lead];
  const order = distinct(random, PARAGRAPHS, PARAGRAPHS.length);
  let size = Buffer.byteLength(headline + lead);
  for (const template of order) {
    if (size >= target) break;
    const paragraph = template(story, words);
    paragraphs.push(chance(random, 0.05) ? ` ${paragraph}` : paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }

  const separator = chance(random, 0.2) ? '\n' : '\n\n';
  const lines: string[] = [];
  const frontMatter = chance(random, 0.1);
  if (frontMatter) {
    const d = story.date;
    lines.push(
      '---',
      `title: "${headline.replaceAll('"', '\\"')}"`,
      `date: ${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`,
      `source: ${story.outlet.name}`,
      `url: https://news.example/${story.outlet.family}/${index}`,
      '---',
    );
  } else if (chance(random, 0.92)) {
    lines.push(headline, '');
  }
  lines.push(paragraphs.join(separator));
  if (chance(random, 0.25)) lines.push(dateline);
  if (chance(random, 0.6)) {
    lines.push('');
    for (const furniture of distinct(random, FURNITURE, 1 + Math.floor(random() * 3))) {
      lines.push(furniture.replace('{n}', String(Math.floor(random() * 12))).replace('{outlet}', story.outlet.name), '');
    }
  }
  return { name, text: `${lines.join('\n').trimEnd()}\n` };
}
