/**
 * Rendering an article's MDX: escaped text in paragraphs, each `<Entity>` a
 * link to its page followed by the entity's names as search keys, and
 * anything that could run as code refused with the file and line.
 */
import { describe, expect, it } from 'vitest';
import { renderArticleBody, type EntityFace } from '../../../src/render/article-body.ts';

const FACES = new Map<string, EntityFace>([
  ['MA', { type: 'country', name: 'المغرب', nameEn: 'Morocco', reviewed: true }],
  ['abdellatif-hammouchi', { type: 'person', name: 'عبد اللطيف حموشي', nameEn: 'Abdellatif Hammouchi', reviewed: true }],
  ['al-qawat', { type: 'organization', name: 'القوات المسلحة الملكية', nameEn: null, reviewed: false }],
]);

const mdx = (body: string) => `---\n{"title": "عنوان"}\n---\n\n${body}\n`;
const render = (body: string, base = '/') => renderArticleBody(mdx(body), 'content/articles/x.mdx', (id) => FACES.get(id), base);

describe('renderArticleBody', () => {
  it('links an entity to its page, with its names as the tooltip and as hidden search keys', () => {
    const { html, entities } = render('زار <Entity id="abdellatif-hammouchi" type="person">حموشي</Entity> الرباط.');
    expect(html).toContain(
      '<a class="entity entity-person" href="/officials/abdellatif-hammouchi/" title="عبد اللطيف حموشي · Abdellatif Hammouchi" data-entity="abdellatif-hammouchi" data-entity-type="person">حموشي</a>' +
        '<span class="search-key" hidden> ⟦ عبد لطيف حموشي abdellatif hammouchi ⟧</span>',
    );
    expect(entities).toEqual(['abdellatif-hammouchi']);
  });

  it('keeps the words as written around a link and keys them for search', () => {
    const { html } = render('و<Entity id="MA" type="country">المغرب</Entity> وللقوات');
    expect(html).toMatch(/^<p>و<a class="entity entity-country" href="\/countries\/ma\/"[^>]*>المغرب<\/a>/u);
    expect(html).toContain('وللقوات<span class="search-key" hidden> ⟦ قوات ⟧</span>');
  });

  it('marks links to entities not yet reviewed', () => {
    expect(render('<Entity id="al-qawat" type="organization">القوات</Entity>').html).toContain('class="entity entity-organization entity-unreviewed"');
  });

  it('prefixes links with the base path of a project site', () => {
    expect(render('<Entity id="MA" type="country">المغرب</Entity>', '/malaff/').html).toContain('href="/malaff/countries/ma/"');
  });

  it('renders Markdown escapes as the characters they stand for, escaped again for HTML', () => {
    const { html } = render('1000 \\&amp; دولار \\<غير المؤكدة\\> \\{x}');
    expect(html).toMatch(/^<p>1000 &#x26;amp; دولار &#x3C;غير المؤكدة(?:<span[^>]*>[^<]*<\/span>)?> \{x\}<\/p>$/u);
    expect(html).not.toContain('<غير');
  });

  it('refuses an expression, which MDX would otherwise run', () => {
    expect(() => render('قبل {process.exit(7)} بعد')).toThrow(/content\/articles\/x\.mdx:5: a \{…\} expression is not allowed/u);
  });

  it('refuses import and export', () => {
    expect(() => render('export const x = 1')).toThrow(/x\.mdx:5: import and export are not allowed/u);
  });

  it('refuses any element but <Entity>', () => {
    expect(() => render('<script>alert(1)</script>')).toThrow(/x\.mdx:5: <script> is not allowed in an article/u);
    expect(() => render('نص <img src="x" onerror="alert(1)" /> نص')).toThrow(/<img> is not allowed/u);
  });

  it('refuses an <Entity> with computed or missing attributes', () => {
    expect(() => render('<Entity id={"MA"} type="country">المغرب</Entity>')).toThrow(/only the literal attributes id and type/u);
    expect(() => render('<Entity id="MA">المغرب</Entity>')).toThrow(/exactly the attributes id and type/u);
  });

  it('refuses a link to an entity the index does not know, or of another type', () => {
    expect(() => render('<Entity id="nobody" type="person">فلان</Entity>')).toThrow(/x\.mdx:5: <Entity> links to the unknown entity "nobody"/u);
    expect(() => render('<Entity id="MA" type="place">المغرب</Entity>')).toThrow(/says type "place", the entity index says "country"/u);
  });
});
