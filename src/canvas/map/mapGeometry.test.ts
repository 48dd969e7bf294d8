// The map of the documents' dataset (data/*.json): where it is centred, where its lines run, whether Europe's
// crowded capitals stay apart.
import { describe, expect, it } from 'vitest';
import actors from '../../../data/actors.json';
import documents from '../../../data/documents.json';
import events from '../../../data/events.json';
import pacts from '../../../data/pacts.json';
import passages from '../../../data/passages.json';
import rivalries from '../../../data/rivalries.json';
import { buildAtlas } from '../../domain/atlas/buildAtlas';
import { toDayNumber } from '../../domain/dates';
import { buildGraphElements, bilateralEdgeId } from '../../domain/graph/buildGraphElements';
import type { Point } from '../../domain/graph/seedPositions';
import { fitProjection, projectPoint } from '../../domain/geo/project';
import { datasetSchema } from '../../domain/model/schema';
import { buildMapGeometry, MAP_MAX_SHIFT, MAP_NODE_SEPARATION, nodeSpans } from './mapGeometry';
import { MAP_FRAME } from './mapStyle';
import { SPREAD_RADIUS } from './mapPositions';

const dataset = datasetSchema.parse({ actors, pacts, events, passages, documents, rivalries });
const atlas = buildAtlas(dataset);
const elements = buildGraphElements(dataset);
const spans = nodeSpans(atlas);
const geometry = buildMapGeometry(elements, dataset.actors, spans);
const place = (id: string) => dataset.actors.find((a) => a.id === id)!;

describe('the map of the documents', () => {
  it('is centred on the Pacific: most of its pacts are there', () => {
    expect(geometry.centre).toBe(150);
  });

  it('runs the US–Japan line across the Pacific, from Washington to Tokyo, far from Europe', () => {
    const edge = elements.edges.find((e) => e.id === bilateralEdgeId('us-jpn'))!;
    const pieces = geometry.arc(edge.source, edge.target)!;
    expect(pieces).toHaveLength(1);
    const arc = pieces[0]!;
    // The arc's ends are the two states' nodes.
    expect(arc[0]).toEqual(geometry.positions.get(edge.source));
    expect(arc.at(-1)).toEqual(geometry.positions.get(edge.target));
    const projection = fitProjection({ ...MAP_FRAME, centre: geometry.centre });
    const at = (lon: number, lat: number) => projectPoint(projection, lon, lat);
    // Every point lies in the Pacific's longitudes: east of Tokyo's meridian and west of Washington's.
    const [tokyo, dc] = [place('jpn'), place('usa')];
    const xs = arc.map((p) => p.x);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(at(tokyo.lon, 0).x - MAP_NODE_SEPARATION);
    expect(Math.max(...xs)).toBeLessThanOrEqual(at(dc.lon, 0).x + MAP_NODE_SEPARATION);
    // It bows north (over Alaska), as the great circle does: above both ends.
    expect(Math.min(...arc.map((p) => p.y))).toBeLessThan(Math.min(arc[0]!.y, arc.at(-1)!.y) - 20);
    // And Europe (Paris) is on the other side of the map from it.
    expect(at(2.35, 48.86).x).toBeLessThan(Math.min(...xs));
  });

  it('ends every arc on its nodes', () => {
    for (const edge of elements.edges) {
      const pieces = geometry.arc(edge.source, edge.target);
      if (!pieces) continue;
      expect(pieces[0]![0], edge.id).toEqual(geometry.positions.get(edge.source));
      expect(pieces.at(-1)!.at(-1), edge.id).toEqual(geometry.positions.get(edge.target));
    }
  });

  it.each(['1914-08-01', '1960-01-01', '2024-01-01'])('keeps every two nodes drawn on %s apart', (date) => {
    const day = toDayNumber(date);
    const drawn = [...geometry.positions].filter(([id]) => {
      const span = spans.get(id);
      return !span || (span.start <= day && day < span.end);
    });
    const crowded: string[] = [];
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) {
        const [[idA, a], [idB, b]] = [drawn[i]!, drawn[j]!];
        // Drawn in square boxes: apart along x or along y.
        if (Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) < MAP_NODE_SEPARATION - 1e-3)
          crowded.push(`${idA} ${idB}`);
      }
    console.info(`map ${date}: ${drawn.length} nodes, ${crowded.length} crowded pairs`, crowded);
    expect(crowded).toEqual([]);
  });

  it('moves no state far off its capital', () => {
    const projection = fitProjection({ ...MAP_FRAME, centre: geometry.centre });
    const moved = dataset.actors.map((a) => {
      const capital = projectPoint(projection, a.lon, a.lat);
      const node = geometry.positions.get(`a:${a.id}`) as Point;
      return Math.hypot(node.x - capital.x, node.y - capital.y);
    });
    // About a degree or two on a 1600-unit-wide world: Europe stays where it is.
    console.info(`map: largest move off a capital ${Math.max(...moved).toFixed(1)} units`);
    // Coinciding capitals first go on a ring of SPREAD_RADIUS, then room is made by at most MAP_MAX_SHIFT.
    expect(Math.max(...moved)).toBeLessThanOrEqual(MAP_MAX_SHIFT + SPREAD_RADIUS + 1e-6);
  });
});
