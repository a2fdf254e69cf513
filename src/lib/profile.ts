/**
 * What an entity page says about its entity, computed from front matter.
 *
 * - the titles and roles the articles give a person, each with a sentence
 *   that quotes it (an analyst cites the source, not the dossier);
 * - the first and the last dated article that mentions it;
 * - the dated events of its articles, for its timeline;
 * - the articles related to an article (most shared entities).
 *
 * Pure functions over article-shaped objects (`{ id, data }`), so that they
 * run in unit tests without Astro's content layer.
 */
import type { ArticleDate, ArticleData, ArticleMention } from '../schemas/article.ts';

/** The part of an article entry these functions read. */
export interface ArticleLike {
  id: string;
  data: ArticleData;
}

/** A title or role as one article words it, with the sentence that says so. */
export interface RoleQuote<A> {
  role: string;
  /** How many mentions give this role. */
  count: number;
  /** Where it is said: newest article first, one quote per article. */
  quotes: { article: A; sentence: string; at: number; text: string }[];
}

/** Whitespace and trailing punctuation do not make two roles different. */
function roleKey(role: string): string {
  return role.replace(/\s+/gu, ' ').replace(/[\s،,.:؛]+$/u, '').trim();
}

/**
 * The roles the articles give an entity, most frequent first.
 *
 * Roles come from the mentions (`role`, what the annotator read next to the
 * name). A curated title (registry `titles`) is added too when some sentence
 * that mentions the entity states it word for word, so that it is quoted
 * from the text like the others; a curated title no article states is not a
 * quote and is left to the page's facts.
 *
 * @param mentions the entity's mentions, newest article first
 * @param titles curated titles of the entity
 */
export function rolesOf<A extends { id: string }>(
  mentions: readonly (ArticleMention & { article: A })[],
  titles: readonly string[] = [],
): RoleQuote<A>[] {
  /** Each role with the articles it already quotes: a role said in 2,000 articles is not searched 2,000 times over. */
  const roles = new Map<string, { role: RoleQuote<A>; quoted: Set<string> }>();
  const add = (key: string, mention: ArticleMention & { article: A }) => {
    let entry = roles.get(key);
    if (!entry) roles.set(key, (entry = { role: { role: key, count: 0, quotes: [] }, quoted: new Set() }));
    entry.role.count++;
    if (!entry.quoted.has(mention.article.id)) {
      entry.quoted.add(mention.article.id);
      entry.role.quotes.push({ article: mention.article, sentence: mention.sentence, at: mention.at, text: mention.text });
    }
  };
  for (const mention of mentions) {
    const key = mention.role ? roleKey(mention.role) : '';
    if (key) add(key, mention);
  }
  for (const title of titles) {
    const key = roleKey(title);
    if (!key || [...roles.keys()].some((role) => role.includes(key))) continue;
    for (const mention of mentions) if (mention.sentence.includes(key)) add(key, mention);
  }
  return [...roles.values()].map(({ role }) => role).sort((a, b) => b.count - a.count || b.quotes.length - a.quotes.length);
}

/**
 * The oldest and newest dated articles of a list sorted newest first.
 *
 * @returns `first` (oldest) and `last` (newest), undefined when none is dated
 */
export function datedRange<A extends ArticleLike>(articles: readonly A[]): { first?: A; last?: A } {
  const dated = articles.filter((article) => article.data.date !== null);
  return { first: dated.at(-1), last: dated[0] };
}

/** A dated event of the dossier: a date an article states, with its sentence. */
export interface TimelineEntry<A> extends Omit<ArticleDate, 'value'> {
  value: string;
  article: A;
  /** ISO codes of the countries the article mentions (for filtering). */
  countries: string[];
}

/**
 * Every resolved date the articles state, newest first. Relative dates the
 * pipeline could not resolve (`أمس` without a publication date) have no
 * place on a timeline and are left out; nothing is guessed.
 *
 * @param articles in dossier order (newest first); ties keep this order
 */
export function timelineOf<A extends ArticleLike>(articles: readonly A[]): TimelineEntry<A>[] {
  const entries: TimelineEntry<A>[] = [];
  for (const article of articles) {
    const countries = article.data.entities.filter((entity) => entity.type === 'country').map((entity) => entity.id);
    const seen = new Set<string>();
    for (const date of article.data.dates) {
      if (date.value === null) continue;
      const key = `${date.value}\u0000${date.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push({ ...date, value: date.value, article, countries });
    }
  }
  // A stable sort: equal dates keep the articles' order.
  return entries.sort((a, b) => (a.value === b.value ? 0 : a.value < b.value ? 1 : -1));
}

/** The year of an ISO date of any precision. */
export function yearOf(iso: string): string {
  return iso.slice(0, 4);
}

/** An article related to another, with the entities they share. */
export interface Related<A> {
  article: A;
  shared: { id: string; name: string; type: string }[];
}

/** Candidate articles scored per article: bounds the work whatever the dossier's size. */
export const RELATED_CANDIDATES = 400;

/**
 * The articles that share the most entities with `article`.
 *
 * Ties go to the article sharing rarer entities (an official named in three
 * articles says more than a country named in all of them), then to the
 * newer article.
 *
 * Candidates come from the article's rarest entities first (each list
 * newest first), up to `candidates` articles: a country named in every
 * article would otherwise make each article compare itself with the whole
 * dossier, a cost that grows with the square of its size. The rarest
 * entities' articles are taken first, so what is cut is the tail of the
 * most common lists. Each candidate is then scored on everything it shares,
 * common entities included.
 *
 * @param article the article to relate
 * @param articlesOf slugs of the articles mentioning an entity, newest first
 * @param articleBySlug lookup of articles
 * @param limit how many to return
 */
export function relatedArticles<A extends ArticleLike>(
  article: A,
  articlesOf: (entityId: string) => readonly string[],
  articleBySlug: ReadonlyMap<string, A>,
  limit = 5,
  candidates = RELATED_CANDIDATES,
): Related<A>[] {
  const own = article.data.entities.map((entity) => ({ entity, slugs: articlesOf(entity.id) }));
  const lookup = candidateLookup(articleBySlug);
  const pool: Candidate<A>[] = [];
  const inPool = lookup.nextGeneration();
  // Never a candidate: the article itself, by slug (stamped before the others).
  lookup.stamp[lookup.candidate(article.id, article).index] = inPool;
  for (const { slugs } of own.toSorted((a, b) => a.slugs.length - b.slugs.length)) {
    const list = lookup.listOf(slugs);
    for (let position = 0; position < slugs.length && pool.length < candidates; position++) {
      const candidate = list[position] ?? lookup.resolve(slugs, position);
      if (lookup.stamp[candidate.index] === inPool) continue;
      lookup.stamp[candidate.index] = inPool;
      pool.push(candidate);
    }
    if (pool.length >= candidates) break;
  }

  // Score every candidate without allocating per candidate: each entity has a
  // number, the article's own are marked with their position in `slotOf`,
  // a candidate's entities are looked up there, each counted once (`seenBy`),
  // and only the best `limit` are kept, in order, as they come.
  const ownNumbers = entityNumbers(article);
  const slotOf = slots(entityIds.size);
  ownNumbers.forEach((number, index) => {
    if (slotOf[number] === -1) slotOf[number] = index;
  });
  const weights = own.map(({ slugs }) => 1 / Math.log2(1 + slugs.length));
  const seenBy = new Int32Array(own.length).fill(-1);
  const best: { related: A; count: number; weight: number }[] = [];
  try {
    for (const { article: related, index: seen, numbers } of pool) {
      if (!related) continue;
      let count = 0;
      for (let at = 0; at < numbers.length; at++) {
        const index = slotOf[numbers[at]!] ?? -1;
        if (index === -1 || seenBy[index] === seen) continue;
        seenBy[index] = seen;
        count += 1;
      }
      // Summed in the article's own order, so equal shares weigh exactly the same.
      let weight = 0;
      for (let index = 0; index < own.length; index++) {
        if (seenBy[index] === seen) weight += weights[index]!;
      }
      const candidate = { related, count, weight };
      let at = best.length;
      while (at > 0 && ranksBefore(candidate, best[at - 1]!)) at -= 1;
      if (at < limit) {
        best.splice(at, 0, candidate);
        if (best.length > limit) best.pop();
      }
    }
  } finally {
    for (const number of ownNumbers) slotOf[number] = -1;
  }
  return best.map(({ related }) => {
    const theirs = new Set(related.data.entities.map((entity) => entity.id));
    const shared = own
      .filter(({ entity }) => theirs.has(entity.id))
      .map(({ entity }) => ({ id: entity.id, name: entity.name, type: entity.type }));
    return { article: related, shared };
  });
}

/** A slug of an entity's list of articles, as `relatedArticles` scores it. */
interface Candidate<A> {
  /** Undefined when no article has the slug (it still takes its place among the candidates). */
  article: A | undefined;
  /** Its number among the slugs seen with this lookup, for `stamp`. */
  index: number;
  /** Its article's entity numbers (`entityNumbers`). */
  numbers: Int32Array;
}

/**
 * What `relatedArticles` keeps between calls with the same `articleBySlug`:
 * each slug turned into a `Candidate` once, and each entity's list of slugs
 * turned into candidates as far as a call has read it.
 *
 * Relating 10,000 articles took 3.9 s of Astro's thread in a CPU profile, all
 * of it in three lookups per candidate keyed by strings (the pool's `Set`,
 * `articleBySlug`, the entity numbers' `WeakMap`): 4 million of each. Now a
 * call reads arrays; the lookups happen once per slug of a list, the first
 * time a call reads that far into it. Lists are recognised by identity, so
 * an `articlesOf` that returns the same array for an entity (the dossier's
 * `entity.articles`) is read once; one that builds a new array at each call
 * still works, as before. `articleBySlug` must not change while it is used,
 * and holds each article it is asked to relate under its own id.
 */
interface CandidateLookup<A> {
  /** The candidates of `slugs` read so far: shorter than `slugs` until a call reads further, and grown in place by `resolve`. */
  listOf(slugs: readonly string[]): readonly Candidate<A>[];
  /** The candidate of one slug; `article`, when given, is the one `articleBySlug` holds under it (it is then not looked up). */
  candidate(slug: string, article?: A): Candidate<A>;
  /** The candidate at `position` of `slugs`, reading the list up to there. */
  resolve(slugs: readonly string[], position: number): Candidate<A>;
  /** Per candidate index, the generation of the call that put it in its pool. */
  stamp: Int32Array;
  /** A new generation for one call's pool. */
  nextGeneration(): number;
}

const lookups = new WeakMap<object, CandidateLookup<ArticleLike>>();

function candidateLookup<A extends ArticleLike>(articleBySlug: ReadonlyMap<string, A>): CandidateLookup<A> {
  const known = lookups.get(articleBySlug) as CandidateLookup<A> | undefined;
  if (known) return known;
  const bySlug = new Map<string, Candidate<A>>();
  const lists = new WeakMap<readonly string[], Candidate<A>[]>();
  let generation = 0;
  const listOf = (slugs: readonly string[]): Candidate<A>[] => {
    let list = lists.get(slugs);
    if (!list) lists.set(slugs, (list = []));
    return list;
  };
  const candidateOf = (slug: string, known?: A): Candidate<A> => {
    let candidate = bySlug.get(slug);
    if (!candidate) {
      const article = known ?? articleBySlug.get(slug);
      candidate = { article, index: bySlug.size, numbers: article ? entityNumbers(article) : new Int32Array(0) };
      bySlug.set(slug, candidate);
      if (lookup.stamp.length <= candidate.index) {
        const grown = new Int32Array(Math.max(1024, lookup.stamp.length * 2));
        grown.set(lookup.stamp);
        lookup.stamp = grown;
      }
    }
    return candidate;
  };
  const lookup: CandidateLookup<A> = {
    stamp: new Int32Array(1024),
    candidate: candidateOf,
    listOf,
    resolve(slugs, position) {
      const list = listOf(slugs);
      while (list.length <= position) list.push(candidateOf(slugs[list.length]!));
      return list[position]!;
    },
    nextGeneration() {
      if (generation === 0x7fffffff) {
        lookup.stamp.fill(0);
        generation = 0;
      }
      return ++generation;
    },
  };
  lookups.set(articleBySlug, lookup as unknown as CandidateLookup<ArticleLike>);
  return lookup;
}

/** Entity ids as small numbers, for `relatedArticles`' inner loop. */
const entityIds = new Map<string, number>();
const numbersOfArticle = new WeakMap<ArticleLike, Int32Array>();

/** The numbers of an article's entities (memoised per article object). */
function entityNumbers(article: ArticleLike): Int32Array {
  let numbers = numbersOfArticle.get(article);
  if (!numbers) {
    numbers = Int32Array.from(article.data.entities, ({ id }) => {
      let number = entityIds.get(id);
      if (number === undefined) {
        number = entityIds.size;
        entityIds.set(id, number);
      }
      return number;
    });
    numbersOfArticle.set(article, numbers);
  }
  return numbers;
}

/**
 * Per entity number, its position among the entities of the article being
 * related, or -1: one shared table, all -1 between calls, grown as entities
 * are numbered.
 */
let slotTable = new Int32Array(0);
function slots(size: number): Int32Array {
  if (slotTable.length < size) {
    const grown = new Int32Array(Math.max(size, slotTable.length * 2, 1024)).fill(-1);
    grown.set(slotTable);
    slotTable = grown;
  }
  return slotTable;
}

/** Order of related articles: more shared entities, then rarer ones, then newer, then by slug. */
function ranksBefore<A extends ArticleLike>(
  a: { related: A; count: number; weight: number },
  b: { related: A; count: number; weight: number },
): boolean {
  if (a.count !== b.count) return a.count > b.count;
  if (a.weight !== b.weight) return a.weight > b.weight;
  const da = a.related.data.date ?? '';
  const db = b.related.data.date ?? '';
  if (da !== db) return db.localeCompare(da) < 0;
  return a.related.id.localeCompare(b.related.id) < 0;
}
