import { describe, expect, test } from 'vitest';
import { buildGraph, layoutGraph, radialLayout, type GraphEntity } from '../../../src/lib/graph.ts';
import type { EntityType } from '../../../src/pipeline/types.ts';

function dossier(articleCount: number, peoplePerArticle: number) {
  const entities = new Map<string, GraphEntity>();
  const articles = Array.from({ length: articleCount }, (_, i) => {
    const ids: { id: string; type: EntityType }[] = [
      { id: 'MA', type: 'country' },
      { id: i % 2 ? 'PK' : 'EG', type: 'country' },
      ...Array.from({ length: peoplePerArticle }, (_, j) => ({ id: `p${(i * 7 + j) % (articleCount + 3)}`, type: 'person' as const })),
      { id: `org${i}`, type: 'organization' as const },
    ];
    return { data: { entities: ids } };
  });
  for (const article of articles) {
    for (const { id, type } of article.data.entities) {
      const known = entities.get(id) ?? { id, type, name: `اسم ${id}`, articles: 0 };
      known.articles++;
      entities.set(id, known);
    }
  }
  return { articles, entities };
}

describe('relationship graph', () => {
  test('links officials and countries named in the same article, weighted by shared articles', () => {
    const entities = new Map<string, GraphEntity>([
      ['MA', { id: 'MA', type: 'country', name: 'المغرب', articles: 3 }],
      ['PK', { id: 'PK', type: 'country', name: 'باكستان', articles: 2 }],
      ['h', { id: 'h', type: 'person', name: 'حموشي', articles: 1 }],
      ['dgst', { id: 'dgst', type: 'organization', name: 'المديرية', articles: 1 }],
    ]);
    const article = (...ids: string[]) => ({ data: { entities: ids.map((id) => ({ id, type: entities.get(id)?.type ?? 'person' })) } });
    const graph = buildGraph([article('MA', 'PK', 'h', 'dgst'), article('MA', 'PK'), article('MA')], entities);
    expect(graph.nodes.map((node) => node.id)).toEqual(['MA', 'PK', 'h']);
    expect(graph.edges).toEqual([
      { source: 'MA', target: 'PK', weight: 2 },
      { source: 'MA', target: 'h', weight: 1 },
      { source: 'PK', target: 'h', weight: 1 },
    ]);
  });

  test('an article counts once per pair, whatever order it lists its entities in and however often', () => {
    const entities = new Map<string, GraphEntity>([
      ['MA', { id: 'MA', type: 'country', name: 'المغرب', articles: 3 }],
      ['PK', { id: 'PK', type: 'country', name: 'باكستان', articles: 3 }],
      ['b', { id: 'b', type: 'person', name: 'باجوا', articles: 2 }],
    ]);
    const article = (...ids: string[]) => ({ data: { entities: ids.map((id) => ({ id, type: entities.get(id)!.type })) } });
    const graph = buildGraph([article('PK', 'MA', 'b', 'MA'), article('b', 'PK', 'MA'), article('MA', 'PK')], entities);
    expect(graph.edges).toEqual([
      { source: 'MA', target: 'PK', weight: 3 },
      { source: 'MA', target: 'b', weight: 2 },
      { source: 'PK', target: 'b', weight: 2 },
    ]);
  });

  test('stays bounded however large the dossier grows', () => {
    const { articles, entities } = dossier(3000, 4);
    const graph = buildGraph(articles, entities, { maxNodes: 30, maxEdges: 90 });
    expect(graph.nodes).toHaveLength(30);
    expect(graph.edges.length).toBeLessThanOrEqual(90);
    expect(graph.nodes[0]?.id).toBe('MA');
  });

  test('a neighbourhood holds the centre and its closest entities only', () => {
    const { articles, entities } = dossier(50, 3);
    const centre = entities.get('PK') as GraphEntity;
    const own = articles.filter((a) => a.data.entities.some((e) => e.id === 'PK'));
    const graph = buildGraph(own, entities, { maxNodes: 25, centre });
    expect(graph.nodes[0]?.id).toBe('PK');
    expect(graph.nodes.length).toBeLessThanOrEqual(25);
    expect(graph.nodes.some((node) => node.id === 'EG')).toBe(false);
    expect(graph.centre).toBe('PK');
  });

  test('the same dossier is always drawn the same way', () => {
    const { articles, entities } = dossier(40, 2);
    const first = layoutGraph(buildGraph(articles, entities, { maxNodes: 20 }));
    const second = layoutGraph(buildGraph(articles, entities, { maxNodes: 20 }));
    expect(second).toEqual(first);
    expect(first.nodes.every((node) => Number.isFinite(node.x) && Number.isFinite(node.y))).toBe(true);
  });

  test('the drawing fits its viewBox, labels included', () => {
    const { articles, entities } = dossier(10, 2);
    const { nodes, viewBox } = layoutGraph(buildGraph(articles, entities));
    for (const node of nodes) {
      expect(node.x - node.r).toBeGreaterThanOrEqual(viewBox.x);
      expect(node.x + node.r).toBeLessThanOrEqual(viewBox.x + viewBox.width);
      expect(node.y - node.r).toBeGreaterThanOrEqual(viewBox.y);
      expect(node.y + node.r).toBeLessThanOrEqual(viewBox.y + viewBox.height);
    }
  });

  test("a neighbourhood sizes its nodes by the articles they share with the centre, not by their totals", () => {
    const { articles, entities } = dossier(50, 3);
    const centre = entities.get('PK') as GraphEntity;
    const own = articles.filter((a) => a.data.entities.some((e) => e.id === 'PK'));
    const graph = buildGraph(own, entities, { maxNodes: 25, centre });
    expect(graph.nodes[0]?.articles).toBe(own.length);
    const ma = graph.nodes.find((node) => node.id === 'MA');
    expect(ma?.articles).toBe(own.length);
    expect(entities.get('MA')?.articles).toBe(50);
  });
});

describe('neighbourhood drawing (radial)', () => {
  const neighbourhood = (peoplePerArticle: number) => {
    const { articles, entities } = dossier(60, peoplePerArticle);
    const centre = entities.get('MA') as GraphEntity;
    return buildGraph(articles, entities, { maxNodes: 25, centre });
  };

  test('puts the entity in the middle and its closest neighbours on the inner ring', () => {
    const graph = neighbourhood(4);
    const { nodes } = radialLayout(graph, { inner: 8 });
    const distance = (id: string) => {
      const node = nodes.find((n) => n.id === id);
      return Math.hypot(node?.x ?? NaN, node?.y ?? NaN);
    };
    expect(nodes[0]).toMatchObject({ id: 'MA', x: 0, y: 0 });
    expect(nodes).toHaveLength(graph.nodes.length);
    const closest = graph.nodes[1]?.id as string;
    const farthest = graph.nodes.at(-1)?.id as string;
    expect(distance(closest)).toBeLessThan(distance(farthest));
  });

  test('leaves room for every label on a ring', () => {
    const { nodes } = radialLayout(neighbourhood(4), { inner: 8, fontSize: 12 });
    const ring = nodes.slice(1, 9);
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i] as (typeof ring)[number];
      const b = ring[(i + 1) % ring.length] as (typeof ring)[number];
      const width = Math.max(a.name.length, b.name.length) * 12 * 0.55;
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(width);
    }
  });

  test('fits its viewBox and draws only edges between drawn nodes', () => {
    const layout = radialLayout(neighbourhood(3));
    const ids = new Set(layout.nodes.map((node) => node.id));
    for (const node of layout.nodes) {
      expect(node.x - node.r).toBeGreaterThanOrEqual(layout.viewBox.x);
      expect(node.x + node.r).toBeLessThanOrEqual(layout.viewBox.x + layout.viewBox.width);
      expect(node.y - node.r).toBeGreaterThanOrEqual(layout.viewBox.y);
      expect(node.y + node.r).toBeLessThanOrEqual(layout.viewBox.y + layout.viewBox.height);
    }
    expect(layout.edges.every((edge) => ids.has(edge.source.id) && ids.has(edge.target.id))).toBe(true);
    expect(radialLayout(neighbourhood(3))).toEqual(layout);
  });

  test('draws a lone entity and an empty graph without failing', () => {
    expect(radialLayout({ nodes: [], edges: [] }).nodes).toEqual([]);
    const lone = radialLayout({ nodes: [{ id: 'x', type: 'person', name: 'س', articles: 1 }], edges: [], centre: 'x' });
    expect(lone.nodes).toHaveLength(1);
  });
});
