/**
 * The serialiser's short cuts (`src/pipeline/serialiser.ts`) must write
 * exactly what mdast-util-to-markdown writes with its own handlers: they
 * save time, never change a byte. Each case is serialised both ways.
 */
import type { PhrasingContent, Root } from 'mdast';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { MDX_OPTIONS } from '../../../src/pipeline/serialiser.ts';

/** The same options without the dossier's handlers: the library's own output. */
const PLAIN: Options = { ...MDX_OPTIONS, handlers: {} };

const link = (text: string): PhrasingContent => ({
  type: 'mdxJsxTextElement',
  name: 'Entity',
  attributes: [
    { type: 'mdxJsxAttribute', name: 'id', value: 'MA' },
    { type: 'mdxJsxAttribute', name: 'type', value: 'country' },
  ],
  children: [{ type: 'text', value: text }],
});

const paragraphs = (...runs: PhrasingContent[][]): Root => ({
  type: 'root',
  children: runs.map((children) => ({ type: 'paragraph', children })),
});

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** Text that needs no escape next to text that does, at every place a run can be. */
const SAMPLES = [
  'أجرت باكستان والإمارات مباحثات عسكرية في إسلام أباد',
  'قال الوزير: «التعاون مستمر» (بحسب البيان).',
  '{process.exit(7)} و <script>alert(1)</script> <!-- x --> <div> <ب `code`',
  'import x from "y"',
  'export const a = 1',
  'تمرين Indus Shield-2023 في كراتشي',
  '# ليس عنوانا',
  '> ليس اقتباسا',
  '- ليس قائمة',
  '1. ليس قائمة',
  '2023. عام مضى',
  '3) بند',
  '+ ليس قائمة',
  '= ليس عنوانا',
  '100.',
  '1.5 مليار دولار، 2-3 أيام (تقريبا).',
  '   4. بعد مسافات',
  'بعد الرابط. ثم - شرطة و) قوس و+ زائد',
  'a_b و *نجمة* و _خط_ و ~~شطب~~ و [رابط](javascript:alert(1))',
  'سطر\nسطر ثان',
  ' مسافة في البداية',
  'مسافة في النهاية ',
  'شرطة مائلة \\ و \\* و \\\\',
  '&amp; و &#x69; و ﷺ و 𝕏',
  'ـ تطويل ـ و ٢٠٢٣ و ٪',
  '!',
  '',
];

describe('serialising article text', () => {
  it('writes every sample paragraph exactly as mdast-util-to-markdown does on its own', () => {
    for (const sample of SAMPLES) {
      const tree = paragraphs([text(sample)]);
      expect(toMarkdown(tree, MDX_OPTIONS), JSON.stringify(sample)).toBe(toMarkdown(tree, PLAIN));
    }
  });

  it('writes text around entity links exactly as mdast-util-to-markdown does on its own', () => {
    for (const before of SAMPLES) {
      for (const after of SAMPLES.slice(0, 8)) {
        const tree = paragraphs([text(before), link('المغرب'), text(after)], [link(before || 'المغرب'), text(`و${after}`)]);
        expect(toMarkdown(tree, MDX_OPTIONS), JSON.stringify([before, after])).toBe(toMarkdown(tree, PLAIN));
      }
    }
  });

  it('writes pseudo-random mixes of Arabic, Latin, digits and punctuation exactly as mdast-util-to-markdown does on its own', () => {
    const alphabet = [...'المغرببكستانية ووفبلك ةىيأإآءـ٠١٢abcXYZ019 .,;:!?-_*~`#>+=|()[]{}<>/\\&"\'«»،؛؟\n\t'];
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const random = (length: number): string => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 2000; round++) {
      const runs: PhrasingContent[] = [text(random(1 + Math.floor(next() * 40)))];
      if (next() < 0.5) runs.push(link(random(1 + Math.floor(next() * 8))), text(random(1 + Math.floor(next() * 20))));
      const tree = paragraphs(runs);
      expect(toMarkdown(tree, MDX_OPTIONS), JSON.stringify(runs)).toBe(toMarkdown(tree, PLAIN));
    }
  });

  it('writes list, heading and quote markers that follow a line break, digits or a link exactly as mdast-util-to-markdown does on its own', () => {
    // Markers that start a block only at the start of a line, and what may stand before them.
    const markers = ['.', ')', '-', '+', '=', '>', '#', '*', '_', '`', '~', '<', '{', '[', 'import x', 'export y', 'i', 'e'];
    const leads = ['', ' ', '  ', '\t', '1', '12', ' 3', 'أ', 'a', '\n', '\n1', '\n ', 'كلمة\n2', 'كلمة\n'];
    const tails = ['', ' ', ' نص', 'نص', '\n', '1'];
    for (const lead of leads) {
      for (const marker of markers) {
        for (const tail of tails) {
          const value = `${lead}${marker}${tail}`;
          const shapes = [
            paragraphs([text(value)]),
            paragraphs([link('المغرب'), text(value)]),
            paragraphs([text('2023'), link('المغرب'), text(value), link('مصر'), text(value)]),
            paragraphs([text('نص'), link(value), text(value)]),
          ];
          for (const tree of shapes) expect(toMarkdown(tree, MDX_OPTIONS), JSON.stringify(value)).toBe(toMarkdown(tree, PLAIN));
        }
      }
    }
  });
});
