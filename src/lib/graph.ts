/**
 * The relationship graph: officials and countries as nodes, co-mentions
 * (two entities named in the same article) as edges, laid out at build time.
 *
 * Two layouts, both deterministic, so the same dossier always draws the same
 * picture and the built HTML only changes when the data does; both give
 * plain coordinates for a static SVG (no client script, no framework):
 *
 * - `layoutGraph`: d3-force run synchronously for a fixed number of ticks,
 *   from d3's own deterministic start and a seeded jiggle. It suits the
 *   dossier-wide graphs (home page, graph page), drawn once per build.
 * - `radialLayout`: an entity's neighbourhood as an ego network, the entity
 *   in the middle and its neighbours on rings, the closest on the inner ring.
 *   It reads better than a force layout for a star-shaped graph and costs
 *   O(nodes), which matters because every entity page draws one: a force
 *   simulation per page was the single largest cost of the site's build.
 *
 * The graph is bounded, whatever the size of the dossier: at most
 * `maxNodes` nodes (the most mentioned, or the closest neighbours of a
 * centre) and `maxEdges` edges (the strongest). A page that draws it costs
 * the same with 5 articles or 50,000.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { EntityType } from '../pipeline/types.ts';

/** An entity as the graph needs it. */
export interface GraphEntity {
  id: string;
  type: EntityType;
  name: string;
  /** Number of articles that mention it; sizes the node. */
  articles: number;
}

/** Two entities named together, and in how many articles. */
export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
}

export interface Graph {
  nodes: GraphEntity[];
  edges: GraphEdge[];
  /** The entity the graph is drawn around, if any. */
  centre?: string;
}

export interface GraphOptions {
  /** Entity types that become nodes; officials and countries by default. */
  types?: readonly EntityType[];
  /** Upper bound on nodes (the centre included). */
  maxNodes?: number;
  /** Upper bound on edges; the strongest are kept. */
  maxEdges?: number;
  /** Draw the neighbourhood of this entity: it plus its most co-mentioned entities. */
  centre?: GraphEntity;
}

/** What an article contributes to the graph: the ids of the entities it names. */
export interface GraphArticle {
  data: { entities: readonly { id: string; type: EntityType }[] };
}

const DEFAULT_TYPES: readonly EntityType[] = ['person', 'country'];

/**
 * Builds a bounded co-mention graph.
 *
 * Without a centre, the nodes are the `maxNodes` entities of the chosen types
 * named in the most articles. With a centre, `articles` should be the
 * centre's own articles: the nodes are the centre and the entities it shares
 * the most articles with, and edges count only those articles.
 *
 * @param articles the articles to count co-mentions in
 * @param entities every candidate entity, by id
 */
export function buildGraph(
  articles: Iterable<GraphArticle>,
  entities: ReadonlyMap<string, GraphEntity>,
  options: GraphOptions = {},
): Graph {
  const { types = DEFAULT_TYPES, maxNodes = 40, maxEdges = maxNodes * 3, centre } = options;
  const allowed = new Set(types);
  const list = [...articles];
  const byArticles = (a: GraphEntity, b: GraphEntity) => b.articles - a.articles || a.id.localeCompare(b.id);

  let nodes: GraphEntity[];
  if (centre) {
    const shared = new Map<string, number>();
    for (const article of list) {
      for (const entity of article.data.entities) {
        if (entity.id !== centre.id && allowed.has(entity.type)) shared.set(entity.id, (shared.get(entity.id) ?? 0) + 1);
      }
    }
    const neighbours = [...shared]
      .flatMap(([id, count]) => {
        const entity = entities.get(id);
        return entity ? [{ entity, count }] : [];
      })
      .sort((a, b) => b.count - a.count || a.entity.id.localeCompare(b.entity.id))
      .slice(0, Math.max(0, maxNodes - 1))
      .map(({ entity }) => entity);
    // Sized by the articles they share with the centre, not by their totals:
    // the drawing is about this entity, and it then changes only when this
    // entity's own articles do.
    nodes = [{ ...centre, articles: list.length }, ...neighbours.map((entity) => ({ ...entity, articles: shared.get(entity.id) ?? 0 }))];
  } else {
    nodes = [...entities.values()].filter((entity) => allowed.has(entity.type)).sort(byArticles).slice(0, maxNodes);
  }

  // Articles shared by each pair of nodes, in a table indexed by the nodes'
  // positions: an entity page of a country named in thousands of articles
  // counts its pairs without a string key or a set per article (2.3 s of
  // Astro's thread over the entity pages of 10,000 articles, as strings).
  const position = new Map(nodes.map((node, index) => [node.id, index]));
  const size = nodes.length;
  const weights = new Int32Array(size * size);
  const seenIn = new Int32Array(size).fill(-1);
  const named: number[] = [];
  for (let at = 0; at < list.length; at++) {
    named.length = 0;
    for (const entity of (list[at] as GraphArticle).data.entities) {
      const index = position.get(entity.id);
      if (index === undefined || seenIn[index] === at) continue;
      seenIn[index] = at;
      named.push(index);
    }
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) {
        const a = named[i]!;
        const b = named[j]!;
        weights[a < b ? a * size + b : b * size + a]! += 1;
      }
    }
  }
  const edges: GraphEdge[] = [];
  for (let a = 0; a < size; a++) {
    for (let b = a + 1; b < size; b++) {
      const weight = weights[a * size + b]!;
      if (weight === 0) continue;
      const [first, second] = [nodes[a]!.id, nodes[b]!.id];
      edges.push(first < second ? { source: first, target: second, weight } : { source: second, target: first, weight });
    }
  }
  const strongest = edges
    .sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target))
    .slice(0, maxEdges);
  return centre ? { nodes, edges: strongest, centre: centre.id } : { nodes, edges: strongest };
}

/** A node with its place in the drawing. */
export interface PlacedNode extends GraphEntity {
  x: number;
  y: number;
  /** Circle radius. */
  r: number;
}

export interface PlacedEdge {
  source: PlacedNode;
  target: PlacedNode;
  weight: number;
}

export interface Layout {
  /** SVG `viewBox`: the drawing's bounding box plus a margin. */
  viewBox: { x: number; y: number; width: number; height: number };
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  centre?: string;
}

export interface LayoutOptions {
  /** Simulation steps; 300 is d3's own default run to rest. */
  ticks?: number;
  /** Seed of the random source d3 uses to separate coincident nodes. */
  seed?: number;
  /** Font size of the labels, in SVG units (used to keep labels from overlapping). */
  fontSize?: number;
}

/** A small linear congruential generator: deterministic, good enough for jiggle. */
function lcg(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Node radius from the number of articles: area grows with mentions, within bounds. */
export function nodeRadius(articles: number): number {
  return Math.min(22, 5 + 3 * Math.sqrt(Math.max(0, articles)));
}

/** Approximate rendered width of a label (Arabic glyphs average ~0.55 em). */
function labelWidth(name: string, fontSize: number): number {
  return Math.min(name.length, 28) * fontSize * 0.55;
}

interface SimNode extends SimulationNodeDatum {
  index?: number;
  node: GraphEntity;
  r: number;
  collide: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Lays a graph out with d3-force, synchronously and deterministically.
 *
 * @returns node coordinates rounded to 0.1 and a viewBox that fits them and their labels
 */
export function layoutGraph(graph: Graph, options: LayoutOptions = {}): Layout {
  const { ticks = 300, seed = 20250120, fontSize = 12 } = options;
  const sim: SimNode[] = graph.nodes.map((node) => {
    const r = nodeRadius(node.articles);
    return { node, r, collide: Math.max(r, labelWidth(node.name, fontSize) / 2) + 6 };
  });
  const index = new Map(sim.map((node) => [node.node.id, node]));
  const links: (SimulationLinkDatum<SimNode> & { weight: number })[] = graph.edges.flatMap((edge) => {
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    return source && target ? [{ source, target, weight: edge.weight }] : [];
  });
  const maxWeight = Math.max(1, ...links.map((link) => link.weight));

  const simulation = forceSimulation(sim)
    .randomSource(lcg(seed))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode> & { weight: number }>(links)
        .distance((link) => 90 - 30 * (link.weight / maxWeight))
        .strength((link) => 0.2 + 0.5 * (link.weight / maxWeight)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-260))
    .force('collide', forceCollide<SimNode>((node) => node.collide).iterations(2))
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.09))
    .stop();
  if (graph.centre) {
    const centre = index.get(graph.centre);
    if (centre) {
      centre.fx = 0;
      centre.fy = 0;
    }
  }
  simulation.tick(ticks);

  return place(
    graph,
    sim.map((node) => ({ ...node.node, x: round(node.x ?? 0), y: round(node.y ?? 0), r: round(node.r) })),
    fontSize,
  );
}

export interface RadialOptions {
  /** Neighbours on the inner ring; the rest go on the outer ring. */
  inner?: number;
  /** Font size of the labels, in SVG units. */
  fontSize?: number;
}

/**
 * Lays a neighbourhood out as an ego network: the centre at the origin, its
 * neighbours in the order given (closest first) on an inner ring and, past
 * `inner`, on an outer ring offset by half a step. Each ring is just wide
 * enough for its labels not to touch.
 *
 * @param graph a graph built with a `centre` (without one, the first node is the centre)
 */
export function radialLayout(graph: Graph, options: RadialOptions = {}): Layout {
  const { inner = 8, fontSize = 12 } = options;
  const first = graph.nodes[0];
  if (!first) return place(graph, [], fontSize);
  const centre = graph.nodes.find((node) => node.id === graph.centre) ?? first;
  const neighbours = graph.nodes.filter((node) => node !== centre);
  const rings = [neighbours.slice(0, inner), neighbours.slice(inner)].filter((ring) => ring.length > 0);
  const placed: PlacedNode[] = [{ ...centre, x: 0, y: 0, r: round(nodeRadius(centre.articles)) }];
  let radius = nodeRadius(centre.articles) + 40;
  rings.forEach((ring, depth) => {
    const widest = Math.max(...ring.map((node) => Math.max(2 * nodeRadius(node.articles), labelWidth(node.name, fontSize))));
    const step = (2 * Math.PI) / ring.length;
    // Adjacent nodes a label apart: chord 2·r·sin(step/2) ≥ widest + gap.
    const fit = ring.length > 1 ? (widest + fontSize) / (2 * Math.sin(step / 2)) : 0;
    radius = Math.max(radius + (depth > 0 ? 3 * fontSize : 0), fit, 90);
    const offset = -Math.PI / 2 + (depth % 2 === 1 ? step / 2 : 0);
    ring.forEach((node, index) => {
      const angle = offset + index * step;
      placed.push({ ...node, x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)), r: round(nodeRadius(node.articles)) });
    });
  });
  return place(graph, placed, fontSize);
}

/** A layout from placed nodes: the edges between them and a viewBox that fits them and their labels. */
function place(graph: Graph, nodes: PlacedNode[], fontSize: number): Layout {
  const placed = new Map(nodes.map((node) => [node.id, node]));
  const margin = fontSize * 2;
  let minX = 0;
  let maxX = 0;
  let minY = 0;
  let maxY = 0;
  for (const node of nodes) {
    const half = Math.max(node.r, labelWidth(node.name, fontSize) / 2);
    minX = Math.min(minX, node.x - half);
    maxX = Math.max(maxX, node.x + half);
    minY = Math.min(minY, node.y - node.r);
    maxY = Math.max(maxY, node.y + node.r + fontSize * 1.6);
  }
  const edges = graph.edges.flatMap((edge) => {
    const source = placed.get(edge.source);
    const target = placed.get(edge.target);
    return source && target ? [{ source, target, weight: edge.weight }] : [];
  });
  return {
    viewBox: {
      x: Math.floor(minX - margin),
      y: Math.floor(minY - margin),
      width: Math.ceil(maxX - minX + 2 * margin),
      height: Math.ceil(maxY - minY + 2 * margin),
    },
    nodes,
    edges,
    ...(graph.centre ? { centre: graph.centre } : {}),
  };
}
