/**
 * The typed contracts between the pipeline's stages.
 *
 * Each stage takes what the previous one produced and adds to it; nothing is
 * mutated in place. Keeping every contract in one file makes the flow
 * `read → clean → metadata → annotate → emit` readable without opening the
 * stages themselves.
 */

/** The five kinds of things a dossier links. Country ids are ISO 3166-1 alpha-2. */
export type EntityType = 'person' | 'country' | 'organization' | 'place' | 'event';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'country', 'organization', 'place', 'event'];

/** Optional YAML front matter a seed may start with; every field overrides extraction. */
export interface SeedFrontMatter {
  title?: string;
  /** ISO date, `YYYY-MM-DD`. */
  date?: string;
  source?: string;
  url?: string;
  slug?: string;
  lang?: string;
}

/** Stage 1 (`read.ts`): a seed file decoded to text. */
export interface Seed {
  /** Path relative to `seeds/`, with forward slashes (`sub/000_x.txt`). */
  sourceFile: string;
  /** Detected encoding: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1256`. */
  encoding: string;
  /** Decoded body text, NFC, `\n` line ends, front matter removed. */
  text: string;
  frontMatter: SeedFrontMatter;
  /** 1-based line number in the file where `text` starts (after front matter). */
  bodyStartLine: number;
  /** SHA-256 of the raw bytes, hex; used for caching and duplicate detection. */
  hash: string;
}

/** A line the cleaner removed as page furniture, kept for the report and the page. */
export interface RemovedLine {
  /** 1-based line number in the seed file. */
  line: number;
  text: string;
  /** Which rule matched, e.g. `comment-counter`, `share-prompt`. */
  rule: string;
}

/** Stage 2 (`clean.ts`): the article body split into paragraphs, furniture removed; the raw text stays behind. */
export interface CleanedSeed extends Omit<Seed, 'text'> {
  /** Body paragraphs in order, each trimmed, none empty. */
  paragraphs: string[];
  /** The 1-based line of each paragraph in the seed file (`lines[i]` for `paragraphs[i]`). */
  lines: number[];
  removed: RemovedLine[];
}

/** How much of a date the text states. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A date mentioned in the text, resolved or not. */
export interface DateMention {
  /** The original text of the mention, exactly as written. */
  text: string;
  /** Index of the paragraph it occurs in (0-based) and offsets within it. */
  paragraph: number;
  start: number;
  end: number;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` by precision; null when unresolved (relative dates). */
  value: string | null;
  precision: DatePrecision | null;
  /** True for relative expressions (`أمس`، `ماي الماضي`) that need a publication date. */
  relative: boolean;
}

/** Stage 3 (`metadata.ts`): what the article says about itself. */
export interface ArticleMetadata {
  slug: string;
  title: string;
  /** True when the seed had no headline and `title` was derived from the lead sentence. */
  titleDerived: boolean;
  /** Publication date, ISO `YYYY-MM-DD` (or coarser), or null when the text does not state one. */
  date: string | null;
  /** Agency or outlet credited (`الأناضول`، `تليكسبريس`), or null. */
  source: string | null;
  /** Dateline place (`القاهرة`), or null. */
  dateline: string | null;
  url: string | null;
  dates: DateMention[];
  warnings: string[];
}

/**
 * An article after metadata extraction: body plus what it says about itself.
 * Its paragraphs no longer line up with the cleaned seed's `lines` (the
 * headline and credit line are taken out), so those stay behind.
 */
export interface Article extends Omit<CleanedSeed, 'lines'> {
  meta: ArticleMetadata;
}

/** A title or position held by a person, as curated or as quoted from an article. */
export interface EntityTitle {
  title: string;
  /** ISO date (any precision) the title held from / until, when known. */
  from?: string;
  to?: string;
}

/** A person, country, organization, place or event the dossier links. */
export interface Entity {
  /** Stable id: ISO alpha-2 for countries (`MA`), a Latin slug otherwise (`abdellatif-hammouchi`). */
  id: string;
  type: EntityType;
  /** Canonical Arabic name, as displayed. */
  name: string;
  nameEn: string | null;
  /** Other Arabic and Latin spellings; matched as well as `name`. */
  aliases: string[];
  /** ISO alpha-2 of the country this entity belongs to, when known. */
  country: string | null;
  titles: EntityTitle[];
  wikidata: string | null;
  /** True for curated registry entries and ISO countries; false for entities discovered in text. */
  reviewed: boolean;
  /** Free text for the page, curated only. */
  description?: string;
}

/** One occurrence of an entity in an article paragraph. */
export interface Mention {
  entityId: string;
  type: EntityType;
  paragraph: number;
  /** UTF-16 offsets into the original paragraph text; `text` is `paragraph.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** A title or role the text gives this person at this mention (`المدير العام للأمن الوطني`). */
  role?: string;
}

/** Stage 4 (`annotate.ts`): the article with its mentions and the entities they point to. */
export interface AnnotatedArticle extends Article {
  mentions: Mention[];
  /** Entities discovered in this article that no registry knew (persons, organizations, events). */
  discovered: Entity[];
}

/** An error that names the file it came from, so a run can list every bad file at once. */
export class SeedError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  constructor(file: string, message: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.name = 'SeedError';
    this.file = file;
    this.line = line;
  }
}
