/**
 * Renders the body of a generated article (`content/articles/<slug>.mdx`) to
 * HTML: paragraphs of escaped seed text in which each `<Entity id type>` is a
 * link to the entity's page, followed by the entity's names as search keys,
 * and every other word that needs one keyed too (`annotate-html.ts`).
 *
 * The MDX is parsed, never evaluated: the only JSX allowed is `<Entity>`
 * with two literal attributes, and any expression, import, export, other
 * element or raw HTML is an error naming the file and the line. An article
 * therefore cannot run code at build time or in the reader's browser, even
 * if `content/articles/` is edited by hand.
 *
 * Rendering the MDX here, when its page is rendered, rather than compiling
 * each article into a JavaScript module for Astro to bundle and run, keeps
 * the build's cost per article small: a 10,000-article dossier would
 * otherwise bundle 10,000 modules on every build, a one-article push
 * included (`article-loader.ts`).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import type { EntityType } from '../pipeline/types.ts';
import { addSearchKeys, KEY_CLASS } from '../search/annotate-html.ts';
import { keyRun, nameKeys } from '../search/keys.ts';
import { entityPath, href } from '../lib/urls.ts';

/** What an entity link shows of its entity. */
export interface EntityFace {
  type: EntityType;
  name: string;
  nameEn: string | null;
  reviewed: boolean;
}

/** A rendered article body. */
export interface RenderedBody {
  html: string;
  /** Ids of the entities it links to, in order of first link. */
  entities: string[];
}

/** An article body that cannot be rendered: names the file, the line and the reason. */
export class ArticleBodyError extends Error {
  override readonly name = 'ArticleBodyError';
}

/** The MDX node types the parser produces in a hast tree. */
interface MdxJsxElement {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: ElementContent[];
  position?: { start: { line: number } };
}

type Node = RootContent | ElementContent | MdxJsxElement | { type: string; position?: { start: { line: number } } };

/**
 * Renders an article's MDX to HTML.
 *
 * @param source the whole `.mdx` file, front matter included (skipped)
 * @param file the file's path, for error messages
 * @param faceOf looks up a linked entity; `undefined` for an unknown id is an error
 * @param base the site's base path (`/` or `/<repo>/`)
 * @throws {ArticleBodyError} on anything but text, Markdown and `<Entity>` links
 */
export function renderArticleBody(
  source: string,
  file: string,
  faceOf: (id: string) => EntityFace | undefined,
  base: string,
): RenderedBody {
  let tree: Root;
  try {
    // Same Markdown features as the site's processor (astro.config.mjs): no smart punctuation.
    tree = mdxToHast(source, { features: { frontmatter: true, smartPunctuation: false } }) as unknown as Root;
  } catch (error) {
    throw new ArticleBodyError(`${file}: not valid MDX: ${(error as Error).message}`, { cause: error });
  }
  const entities = new Set<string>();

  // Typed as a function that never returns, so that each check narrows what follows it.
  const fail: (node: Node, reason: string) => never = (node, reason) => {
    const line = node.position?.start.line;
    throw new ArticleBodyError(`${file}${line ? `:${line}` : ''}: ${reason}`);
  };

  const entityLink = (node: MdxJsxElement): ElementContent[] => {
    const attributes = new Map<string, string>();
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || typeof attribute.value !== 'string') {
        return fail(node, '<Entity> takes only the literal attributes id and type');
      }
      attributes.set(attribute.name, attribute.value);
    }
    const id = attributes.get('id');
    const type = attributes.get('type');
    if (!id || !type || attributes.size !== 2) return fail(node, '<Entity> needs exactly the attributes id and type');
    const entity = faceOf(id);
    if (!entity) return fail(node, `<Entity> links to the unknown entity "${id}"; run \`npm run annotate\` to regenerate content/`);
    if (entity.type !== type) return fail(node, `<Entity id="${id}"> says type "${type}", the entity index says "${entity.type}"`);
    entities.add(id);

    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: {
        className: ['entity', `entity-${entity.type}`, ...(entity.reviewed ? [] : ['entity-unreviewed'])],
        href: href(entityPath(entity.type, id), base),
        title: [entity.name, entity.nameEn].filter(Boolean).join(' · '),
        dataEntity: id,
        dataEntityType: entity.type,
      },
      children: visitAll(node.children),
    };
    // The entity's names as search keys: `والمغرب` is found by `المغرب`, `حموشي` by `Hammouchi`.
    const keys = keyRun(nameKeys([entity.name, entity.nameEn]));
    if (!keys) return [link];
    return [link, { type: 'element', tagName: 'span', properties: { className: [KEY_CLASS], hidden: true }, children: [{ type: 'text', value: keys }] }];
  };

  const visit = (node: Node): ElementContent[] => {
    switch (node.type) {
      case 'text':
      case 'comment':
        return [node as ElementContent];
      case 'element': {
        const element = node as Element;
        return [{ ...element, children: visitAll(element.children) }];
      }
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement': {
        const element = node as MdxJsxElement;
        if (element.name !== 'Entity') return fail(node, `<${element.name ?? ''}> is not allowed in an article: the only element is <Entity>`);
        return entityLink(element);
      }
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
        return fail(node, 'a {…} expression is not allowed in an article (MDX is rendered, never evaluated)');
      case 'mdxjsEsm':
        return fail(node, 'import and export are not allowed in an article');
      case 'raw':
        return fail(node, 'raw HTML is not allowed in an article');
      default:
        return fail(node, `unexpected ${node.type} node`);
    }
  };
  const visitAll = (nodes: readonly Node[]): ElementContent[] => nodes.flatMap(visit);

  const html = toHtml({ type: 'root', children: visitAll(tree.children) });
  return { html: addSearchKeys(html), entities: [...entities] };
}
