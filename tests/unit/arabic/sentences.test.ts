import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceSpans } from '../../../src/arabic/sentences.ts';

const slices = (text: string) => sentenceSpans(text).map(({ start, end }) => text.slice(start, end));

describe('sentenceSpans', () => {
  it('splits a paragraph at full stops and question marks followed by a space', () => {
    expect(slices('استقبل الوزير نظيره. وناقشا التعاون؟ نعم!')).toEqual(['استقبل الوزير نظيره.', 'وناقشا التعاون؟', 'نعم!']);
  });

  it('does not split inside a run of dots glued to the next word, or inside decimals', () => {
    expect(slices('لتعزيز العلاقات العسكرية ..لقاء يجمع قائدين')).toHaveLength(1);
    expect(slices('بلغ النمو 2.5 في المائة هذا العام.')).toHaveLength(1);
  });

  it('treats the Arabic semicolon as a clause, not a sentence, boundary', () => {
    expect(slices('وصل الوفد؛ ثم بدأت المباحثات.')).toHaveLength(1);
  });

  it('finds the sentence that contains an offset', () => {
    const text = 'الجملة الأولى. الجملة الثانية عن المغرب.';
    const span = sentenceAt(text, text.indexOf('المغرب'));
    expect(text.slice(span.start, span.end)).toBe('الجملة الثانية عن المغرب.');
  });
});
