import { describe, expect, test } from 'vitest';
import { highlight, latinRuns, passagesOf } from '../../../src/lib/passages.ts';

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
  });
});
