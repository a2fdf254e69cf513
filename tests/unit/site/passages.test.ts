import { describe, expect, test } from 'vitest';
import { highlight, latinRuns, MAY_HOLD_LATIN, passagesOf } from '../../../src/lib/passages.ts';

const sentence = 'استقبل السيد عبد اللطيف حموشي، المدير العام للأمن الوطني بالمغرب.';

describe('passages', () => {
  test('mark the name where the front matter says it is', () => {
    const at = sentence.indexOf('عبد اللطيف حموشي');
    expect(highlight(sentence, [{ at, text: 'عبد اللطيف حموشي' }])).toEqual([
      { text: 'استقبل السيد ', marked: false },
      { text: 'عبد اللطيف حموشي', marked: true },
      { text: '، المدير العام للأمن الوطني بالمغرب.', marked: false },
    ]);
  });

  test('never misquote: a wrong offset falls back to the text, an absent text marks nothing', () => {
    expect(highlight(sentence, [{ at: 3, text: 'حموشي' }]).find((s) => s.marked)?.text).toBe('حموشي');
    expect(highlight(sentence, [{ at: 3, text: 'السيسي' }])).toEqual([{ text: sentence, marked: false }]);
  });

  test('the marked and unmarked runs always reproduce the sentence', () => {
    const segments = highlight(sentence, [
      { at: sentence.indexOf('المغرب'), text: 'المغرب' },
      { at: sentence.indexOf('حموشي'), text: 'حموشي' },
      { at: sentence.indexOf('اللطيف حموشي'), text: 'اللطيف حموشي' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(sentence);
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['اللطيف حموشي', 'المغرب']);
  });

  test('two mentions in one sentence make one passage with two marks', () => {
    const article = { id: 'a' };
    const mention = { entity: 'MA', paragraph: 0, sentence: 'المغرب والمملكة المغربية.' };
    const passages = passagesOf([
      { ...mention, text: 'المغرب', at: 0, article },
      { ...mention, text: 'المغربية', at: 16, article },
      { ...mention, paragraph: 1, text: 'المغرب', at: 0, article },
    ]);
    expect(passages).toHaveLength(2);
    expect(passages[0]?.marks).toHaveLength(2);
  });

  test('Latin names inside Arabic are isolated as their own runs', () => {
    expect(latinRuns('التدريبات “Indus Shield-2023″، التي')).toEqual([
      { text: 'التدريبات “', latin: false },
      { text: 'Indus Shield-2023', latin: true },
      { text: '″، التي', latin: false },
    ]);
    expect(latinRuns('لا لاتينية هنا 2023')).toEqual([{ text: 'لا لاتينية هنا 2023', latin: false }]);
    expect(latinRuns('')).toEqual([]);
  });

  test('accented, fullwidth and astral Latin letters make runs as plain ones do', () => {
    expect(latinRuns('صرّح Müller للصحافة')).toEqual([
      { text: 'صرّح ', latin: false },
      { text: 'Müller', latin: true },
      { text: ' للصحافة', latin: false },
    ]);
    expect(latinRuns('وفد ＮＡＴＯ')).toEqual([
      { text: 'وفد ', latin: false },
      { text: 'ＮＡＴＯ', latin: true },
    ]);
    expect(latinRuns('رمز 𝼀')).toEqual([
      { text: 'رمز ', latin: false },
      { text: '𝼀', latin: true },
    ]);
  });

  test('no Latin-script character anywhere in Unicode escapes the quick test that skips Arabic-only text', () => {
    const latin = /\p{Script=Latin}/u;
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (latin.test(character) && !MAY_HOLD_LATIN.test(character)) missed.push(`U+${code.toString(16).toUpperCase()}`);
    }
    expect(missed).toEqual([]);
  });
});
