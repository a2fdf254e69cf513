/**
 * The emitter turns an annotated article into MDX that the real MDX parser
 * (satteri, the one Astro 7 uses) reads back as exactly the original text,
 * with our entity links and nothing else, and into annotations that quote
 * each mention's sentence.
 */
import { describe, expect, it } from 'vitest';
import { mdxToHast } from 'satteri';
import { toText } from 'hast-util-to-text';
import type { Root, Element, RootContent } from 'hast';
import { parse as parseYaml } from 'yaml';
import { emitAnnotations, emitMdx } from '../../../src/pipeline/emit.ts';
import { articleAnnotationsSchema, articleFrontMatterSchema, resolveAnnotations } from '../../../src/schemas/article.ts';
import type { AnnotatedArticle, Entity, Mention } from '../../../src/pipeline/types.ts';

const morocco: Entity = {
  id: 'MA',
  type: 'country',
  name: 'المغرب',
  nameEn: 'Morocco',
  aliases: [],
  country: 'MA',
  titles: [],
  wikidata: null,
  reviewed: true,
};

function article(paragraphs: string[], mentions: Mention[] = []): AnnotatedArticle {
  return {
    sourceFile: 'x.txt',
    encoding: 'utf-8',
    frontMatter: {},
    bodyStartLine: 1,
    hash: '0',
    paragraphs,
    removed: [],
    meta: { slug: 'x', title: 'عنوان', titleDerived: false, date: null, source: null, dateline: null, url: null, dates: [], warnings: [] },
    mentions,
    discovered: [],
  };
}

/** Parses emitted MDX (without its front matter) the way Astro does. */
function parse(mdx: string): Root {
  return mdxToHast(mdx.replace(/^---\n[\s\S]*?\n---\n/u, '')) as unknown as Root;
}

function nodesOfType(node: Root | RootContent, type: string): RootContent[] {
  const found: RootContent[] = node.type === type ? [node as RootContent] : [];
  if ('children' in node) for (const child of node.children) found.push(...nodesOfType(child, type));
  return found;
}

const entities = new Map([[morocco.id, morocco]]);

const HOSTILE = [
  'import fs from "fs"',
  'export const x = 1',
  '{process.exit(7)} و <script>alert(1)</script> <!-- x --> <div> <ب `code`',
  '# عنوان مزيف',
  '> اقتباس',
  '---',
  '1. قائمة',
  '- بند',
  '[اضغط](javascript:alert(1)) *تأكيد* _تأكيد_ &amp; ~~شطب~~ | a | b |',
  '&lt;b&gt; \\{ \\ بين شرطتين مائلتين \\',
];

describe('emitMdx', () => {
  it('keeps hostile MDX, HTML and Markdown in seed text as literal text', () => {
    const tree = parse(emitMdx(article(HOSTILE)));
    const paragraphs = (tree.children.filter((node) => node.type === 'element') as Element[]).map((p) => toText(p));
    expect(paragraphs).toEqual(HOSTILE);
  });

  it('produces no expression, ES module or raw HTML node from seed text', () => {
    const tree = parse(emitMdx(article(HOSTILE)));
    for (const type of ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'raw', 'mdxJsxFlowElement', 'mdxJsxTextElement']) {
      expect(nodesOfType(tree, type), type).toHaveLength(0);
    }
  });

  it('wraps each mention in an Entity element around exactly the original words', () => {
    const text = 'وقال إن المغرب وباكستان';
    const start = text.indexOf('المغرب');
    const mdx = emitMdx(article([text], [{ entityId: 'MA', type: 'country', paragraph: 0, start, end: start + 6, text: 'المغرب' }]));
    const links = nodesOfType(parse(mdx), 'mdxJsxTextElement') as unknown as { name: string; children: { value: string }[] }[];
    expect(links).toHaveLength(1);
    expect(links[0]?.name).toBe('Entity');
    expect(links[0]?.children[0]?.value).toBe('المغرب');
    expect(mdx).toContain('<Entity id="MA" type="country">المغرب</Entity>');
  });

  it('writes what the article page shows as front matter, and no annotations', () => {
    const mdx = emitMdx(article(['زار الوفد المغرب.'], [{ entityId: 'MA', type: 'country', paragraph: 0, start: 10, end: 16, text: 'المغرب' }]));
    const frontMatter = articleFrontMatterSchema.strict().parse(parseYaml(/^---\n([\s\S]*?)\n---\n/u.exec(mdx)?.[1] ?? ''));
    expect(frontMatter.title).toBe('عنوان');
    expect(frontMatter.description).toBe('زار الوفد المغرب.');
    expect(frontMatter).not.toHaveProperty('mentions');
  });
});

describe('emitAnnotations', () => {
  it('lists the entities with counts and each mention with its quoting sentence, each sentence stored once', () => {
    const text = 'زار الوفد المغرب. ثم عاد إلى المغرب من المغرب.';
    const at = [...text.matchAll(/المغرب/gu)].map((match) => match.index);
    const json = emitAnnotations(
      article(
        [text],
        at.map((start) => ({ entityId: 'MA', type: 'country' as const, paragraph: 0, start, end: start + 6, text: 'المغرب' })),
      ),
      entities,
    );
    const annotations = articleAnnotationsSchema.parse(JSON.parse(json));
    expect(annotations.entities).toEqual([{ id: 'MA', type: 'country', name: 'المغرب', count: 3 }]);
    expect(annotations.sentences).toEqual(['زار الوفد المغرب.', 'ثم عاد إلى المغرب من المغرب.']);
    const resolved = resolveAnnotations(annotations);
    expect(resolved.mentions.map((mention) => mention.sentence)).toEqual([
      'زار الوفد المغرب.',
      'ثم عاد إلى المغرب من المغرب.',
      'ثم عاد إلى المغرب من المغرب.',
    ]);
    expect(resolved.mentions[1]?.at).toBe('ثم عاد إلى '.length);
  });

  it('refuses a mention of an entity it does not know', () => {
    expect(() =>
      emitAnnotations(article(['نص'], [{ entityId: 'ZZ', type: 'country', paragraph: 0, start: 0, end: 2, text: 'نص' }]), entities),
    ).toThrow(/x\.txt: mention of unknown entity "ZZ"/u);
  });
});

describe('articleAnnotationsSchema', () => {
  it('rejects a mention that points to a sentence the file does not have', () => {
    const result = articleAnnotationsSchema.safeParse({
      entities: [],
      sentences: ['جملة.'],
      mentions: [{ entity: 'MA', paragraph: 0, text: 'المغرب', sentence: 3, at: 0 }],
      dates: [],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/sentence 3 does not exist/u);
  });
});
