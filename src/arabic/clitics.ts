/**
 * Proclitics: the one-letter words Arabic writes glued to the next word.
 *
 * `وباكستان` is `و` + `باكستان`, `بالرباط` is `ب` + `الرباط`, `للقوات` is
 * `ل` + `القوات` (the alef of the article drops after `ل`), `وبالرباط` is
 * `و` + `ب` + `الرباط`. A gazetteer that only knew `باكستان` would miss most
 * mentions in real text, so every word is read several ways: as itself and as
 * clitics + stem.
 *
 * After `لل` the whole cluster stays with the stem (`prefix` stops before
 * it), because splitting `للقوات` would leave `لقوات`, which is not a word.
 *
 * The readings are *candidates*, never decisions: `باكستان` also reads as
 * `ب` + `اكستان`, `لبنان` as `ل` + `بنان`, `واشنطن` as `و` + `اشنطن`. The
 * caller looks each stem up in its index and keeps the reading that names
 * something, preferring the whole word (`cliticReadings` lists it first), so
 * a name that itself starts with ب/ل/و never loses a letter.
 *
 * The grammar allowed here is the one press text uses in front of names:
 * an optional conjunction (و or ف), then an optional preposition (ب, ك, ل),
 * where ل before the article merges into `لل`. The future particle س and the
 * interrogative أ only precede verbs and are not stripped.
 *
 * Everything works on matching keys (`normalizeArabic` output): hamza forms
 * are already folded, so `لإسلام` arrives as `لاسلام`.
 */

/** One way of reading a word: proclitics, then the stem a name index is asked about. */
export interface CliticReading {
  /** The word without its proclitics, as a key; `للقوات` gives `القوات`. */
  stem: string;
  /**
   * How many leading characters to leave outside a link (`وبالرباط` → 2).
   * For `لل` + noun the preposition is kept inside: `وللقوات` → 1.
   */
  prefix: number;
  /** The proclitics themselves, in order (`وب`); empty for the whole-word reading. */
  clitics: string;
}

const CONJUNCTIONS = ['و', 'ف'] as const;
const PREPOSITIONS = ['ب', 'ك', 'ل'] as const;
/** A stem shorter than this is never offered: it would name nothing but noise. */
const MIN_STEM = 2;

/**
 * Every reading of one word key, the whole word first, then by growing
 * prefix. For `للقوات`: `للقوات`, `لقوات` (ل + a word starting with ل, as in
 * `للبنان` = ل + `لبنان`), `القوات` (ل + article).
 *
 * @param word a single word's matching key (no spaces)
 * @returns readings without duplicates; the first is always the word itself
 * @example cliticReadings('وبالرباط').map((r) => r.stem) // ['وبالرباط', 'بالرباط', 'الرباط']
 */
export function cliticReadings(word: string): CliticReading[] {
  const readings: CliticReading[] = [{ stem: word, prefix: 0, clitics: '' }];
  const seen = new Set([word]);
  const add = (stem: string, prefix: number, clitics: string): void => {
    if (stem.length < MIN_STEM || seen.has(stem)) return;
    seen.add(stem);
    readings.push({ stem, prefix, clitics });
  };
  const afterConjunction: { rest: string; prefix: number; clitics: string }[] = [{ rest: word, prefix: 0, clitics: '' }];
  const first = word[0];
  if (first !== undefined && (CONJUNCTIONS as readonly string[]).includes(first)) {
    const rest = word.slice(1);
    add(rest, 1, first);
    afterConjunction.push({ rest, prefix: 1, clitics: first });
  }
  for (const { rest, prefix, clitics } of afterConjunction) {
    const preposition = rest[0];
    if (preposition === undefined || !(PREPOSITIONS as readonly string[]).includes(preposition)) continue;
    const stem = rest.slice(1);
    add(stem, prefix + 1, clitics + preposition);
    // ل + ال is written لل: `للقوات` is `ل` + `القوات`. The ل of the
    // preposition and that of the article are one cluster here, so the
    // reading keeps it (prefix stops before it): a link covers `للقوات`
    // rather than cutting the word into `ل` + `لقوات`.
    if (preposition === 'ل' && stem.startsWith('ل')) add(`ا${stem}`, prefix, clitics + preposition);
  }
  return readings.sort((a, b) => a.prefix - b.prefix);
}

/**
 * The word with every proclitic the grammar allows removed, when what remains
 * is long enough; the most-stripped reading. Use it for display-free
 * comparisons of words that are known to carry clitics (`وبالرباط` →
 * `الرباط`); to match names, prefer `cliticReadings` and an index lookup,
 * which keeps `باكستان` whole.
 *
 * @param word a single word's matching key
 * @returns the stem of the longest-prefix reading
 */
export function stripClitics(word: string): string {
  const readings = cliticReadings(word);
  return readings[readings.length - 1]?.stem ?? word;
}

/**
 * The surface forms a name takes after proclitics, for generating test text
 * and for callers that prefer a precomputed index. `الرباط` gives `بالرباط`,
 * `للرباط`, `وبالرباط` …; `باكستان` gives `وباكستان`, `لباكستان` …
 *
 * @param name a name's matching key (may contain spaces; only the first word takes clitics)
 * @returns the name itself first, then each clitic form, without duplicates
 */
export function cliticVariants(name: string): string[] {
  const variants = new Set([name]);
  const definite = name.startsWith('ال');
  for (const conjunction of ['', ...CONJUNCTIONS]) {
    if (conjunction) variants.add(conjunction + name);
    for (const preposition of PREPOSITIONS) {
      const glued = preposition === 'ل' && definite ? `لل${name.slice(2)}` : preposition + name;
      variants.add(conjunction + glued);
    }
  }
  return [...variants];
}
