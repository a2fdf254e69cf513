/**
 * Search keys: the normalisation shared by the index and the query. Each test
 * is a spelling a reader types next to the spelling the press used.
 */
import { describe, expect, it } from 'vitest';
import { containsPhrase, exactPhrase, indexKeys, keyRun, looseQuery, nameKeys, normalizeQuery, pagefindForm, searchKey, textKeys } from '../../../src/search/keys.ts';

/** True when a reader's query word meets a page word through the keys. */
function meets(query: string, pageWord: string): boolean {
  const key = normalizeQuery(query);
  return key === pagefindForm(pageWord) || key === searchKey(pageWord) || indexKeys(pageWord).includes(key);
}

describe('searchKey', () => {
  it('folds ة/ه, ى/ي, hamza forms, tashkeel and tatweel', () => {
    expect(searchKey('القاهرة')).toBe(searchKey('القاهره'));
    expect(searchKey('مستشفى')).toBe(searchKey('مستشفي'));
    expect(searchKey('إسلام')).toBe('اسلام');
    expect(searchKey('آباد')).toBe('اباد');
    expect(searchKey('الأفريقي')).toBe(searchKey('الافريقي'));
    expect(searchKey('مُحَمَّد')).toBe('محمد');
    expect(searchKey('المغـــرب')).toBe('مغرب');
  });

  it('strips the article and the clitics glued before it', () => {
    for (const word of ['المغرب', 'والمغرب', 'بالمغرب', 'للمغرب', 'فالمغرب', 'وبالمغرب', 'وللمغرب', 'كالمغرب']) {
      expect(searchKey(word), word).toBe('مغرب');
    }
    expect(searchKey('للقوات')).toBe('قوات');
    expect(searchKey('بالرباط')).toBe('رباط');
  });

  it('keeps words whose leading letters belong to the root', () => {
    expect(searchKey('وزير')).toBe('وزير');
    expect(searchKey('باكستان')).toBe('باكستان');
    expect(searchKey('لقاء')).toBe('لقاء');
  });

  it('leaves at least three letters: short words keep their article', () => {
    expect(searchKey('الجو')).toBe('الجو');
    expect(searchKey('إلى')).toBe('الي');
  });

  it('lower-cases Latin and leaves it otherwise alone', () => {
    expect(searchKey('Hammouchi')).toBe('hammouchi');
  });
});

describe('indexKeys', () => {
  it('adds nothing for a word Pagefind already indexes as its key', () => {
    expect(indexKeys('حموشي')).toEqual([]);
    expect(indexKeys('إسلام')).toEqual([]);
    expect(indexKeys('Morocco')).toEqual([]);
  });

  it('adds the key of a word with an article or a folded letter', () => {
    expect(indexKeys('والمغرب')).toEqual(['مغرب']);
    expect(indexKeys('القاهرة')).toEqual(['قاهره']);
    expect(indexKeys('الكبرى')).toEqual(['كبري']);
  });

  it('lets a reader who types a name in standard letters find it where the press wrote ڨ, ڤ or پ', () => {
    expect(meets('شنقريحة', 'شنڨريحة')).toBe(true);
    expect(meets('شنڨريحة', 'شنقريحة')).toBe(true);
    expect(meets('برويز', 'پرويز')).toBe(true);
  });

  it('adds the form without a clitic the stemmer keeps (ل, ك, and و/ب before ا)', () => {
    expect(indexKeys('لإسلام')).toContain('اسلام');
    expect(indexKeys('بإسلام')).toContain('اسلام');
    expect(indexKeys('وإسلام')).toContain('اسلام');
    expect(indexKeys('لباكستان')).toContain('باكستان');
  });
});

describe('a query meets the words it should', () => {
  const cases: [string, string][] = [
    ['اسلام', 'إسلام'],
    ['اباد', 'أباد'],
    ['اباد', 'آباد'],
    ['القاهره', 'القاهرة'],
    ['القاهرة', 'بالقاهرة'],
    ['الافريقي', 'الإفريقي'],
    ['المغرب', 'والمغرب'],
    ['والمغرب', 'المغرب'],
    ['بالرباط', 'الرباط'],
    ['الرباط', 'بالرباط'],
    ['للقوات', 'القوات'],
    ['القوات', 'للقوات'],
    ['الامن', 'الأمن'],
    ['امن', 'والأمن'],
    ['اسلام', 'لإسلام'],
    ['وزير', 'الوزير'],
  ];
  it.each(cases)('%s finds %s', (query, word) => {
    expect(meets(query, word)).toBe(true);
  });
});

describe('normalizeQuery', () => {
  it('turns every word into its key and drops punctuation', () => {
    expect(normalizeQuery('  إسلام آباد ')).toBe('اسلام اباد');
    expect(normalizeQuery('الأمن السيبراني')).toBe('امن سيبراني');
    expect(normalizeQuery('حموشي، والمغرب!')).toBe('حموشي مغرب');
    expect(normalizeQuery('Raheel Sharif')).toBe('raheel sharif');
  });

  it('searches the words of a quoted phrase', () => {
    expect(normalizeQuery('"الأمن السيبراني"')).toBe('امن سيبراني');
  });

  it('returns an empty string for a query of punctuation only', () => {
    expect(normalizeQuery(' ؟! ')).toBe('');
  });
});

describe('looseQuery', () => {
  it('strips the clitics only the index side strips, as a second try', () => {
    expect(looseQuery('لباكستان')).toBe('باكستان');
    expect(looseQuery('لإسلام أباد')).toBe('اسلام اباد');
    expect(looseQuery('كان')).toBe('كان');
  });
});

describe('key runs', () => {
  it('wraps keys in markers that stand apart as words, without repeats, and is empty when none are needed', () => {
    expect(keyRun(['مغرب', 'مغرب', 'morocco'])).toBe(' ⟦ مغرب morocco ⟧');
    expect(keyRun([])).toBe('');
  });

  it('gives every word of a name its key, needed or not', () => {
    expect(nameKeys(['عبد اللطيف حموشي', 'Abdellatif Hammouchi', null])).toEqual(['عبد', 'لطيف', 'حموشي', 'abdellatif', 'hammouchi']);
  });

  it('gives a headline the keys of the words that need them', () => {
    expect(textKeys('مصر وباكستان تبحثان التعاون العسكري')).toEqual(['تعاون', 'عسكري']);
  });
});

describe('exact phrases', () => {
  it('reads a phrase in straight, Arabic or curly quotes', () => {
    expect(exactPhrase('"الأمن السيبراني"')).toBe('الأمن السيبراني');
    expect(exactPhrase('«الأسد الإفريقي»')).toBe('الأسد الإفريقي');
    expect(exactPhrase('الأمن السيبراني')).toBeNull();
  });

  it('finds a phrase as whole words, spelling folded, clitics allowed on its first word', () => {
    const text = 'والتعاون في مجال الأمن السيبراني، والصناعات الدفاعية';
    expect(containsPhrase(text, 'الامن السيبراني')).toBe(true);
    expect(containsPhrase(text, 'التعاون في مجال')).toBe(true);
    expect(containsPhrase(text, 'السيبراني الأمن')).toBe(false);
    expect(containsPhrase(text, 'الأمن الدفاعية')).toBe(false);
    expect(containsPhrase(text, 'من السيبراني')).toBe(false);
  });
});
