// The projections of the portal's maps, shared by the base map (country
// outlines, app/maps/[file]/route.ts) and the markers drawn over it on the
// page, so that both line up exactly. Natural Earth projections (d3-geo),
// centred on each region and fitted to its extent.
import { geoNaturalEarth1, type GeoProjection } from "d3-geo";
import type { MultiPoint } from "geojson";

type Bounds = { west: number; east: number; south: number; north: number };

/** Extent of each region's member countries (degrees), so that a map shows the whole region. */
export const regionBounds: Record<string, Bounds> = {
  EUR: { west: -25, east: 90, south: 29, north: 71 },
  AP: { west: 58, east: 188, south: -48, north: 55 },
  AMS: { west: -125, east: -32, south: -56, north: 60 },
  ESA: { west: 8, east: 60, south: -36, north: 18 },
  WCA: { west: -26, east: 32, south: -14, north: 28 },
  MENA: { west: -18, east: 63, south: 8, north: 42 },
};

export const REGION_MAP_WIDTH = 600;
export const WORLD_MAP_WIDTH = 960;
const PAD = 10;

export type MapFrame = {
  width: number;
  height: number;
  projection: GeoProjection;
  project: (lon: number, lat: number) => [number, number];
};

function frameOf(projection: GeoProjection, width: number, height: number): MapFrame {
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return {
    width,
    height,
    projection,
    project: (lon, lat) => {
      const [x, y] = projection([lon, lat]) ?? [0, 0];
      return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
    },
  };
}

/** Points along a lon/lat box's edges: fitting them frames the box (a MultiPoint has no winding to get wrong). */
function edgeSamples(b: Bounds): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let lon = b.west; lon <= b.east; lon += 2.5)
    coordinates.push([lon, b.north], [lon, b.south], [lon, (b.north + b.south) / 2]);
  for (let lat = b.south; lat <= b.north; lat += 2.5) coordinates.push([b.west, lat], [b.east, lat]);
  return { type: "MultiPoint", coordinates };
}

const regionFrames = new Map<string, MapFrame>();

/** A region's map: width 600, height from the region's shape (300 to 560). */
export function regionFrame(code: string): MapFrame | null {
  const key = code.toUpperCase();
  const bounds = regionBounds[key];
  if (!bounds) return null;
  const cached = regionFrames.get(key);
  if (cached) return cached;
  const box = edgeSamples(bounds);
  const probe = geoNaturalEarth1()
    .rotate([-(bounds.west + bounds.east) / 2, 0])
    .fitWidth(REGION_MAP_WIDTH - 2 * PAD, box);
  const [[, y0], [, y1]] = probeBounds(probe, box);
  const height = Math.round(Math.min(560, Math.max(300, y1 - y0 + 2 * PAD)));
  const projection = geoNaturalEarth1()
    .rotate([-(bounds.west + bounds.east) / 2, 0])
    .fitExtent(
      [
        [PAD, PAD],
        [REGION_MAP_WIDTH - PAD, height - PAD],
      ],
      box,
    );
  const frame = frameOf(projection, REGION_MAP_WIDTH, height);
  regionFrames.set(key, frame);
  return frame;
}

function probeBounds(projection: GeoProjection, box: MultiPoint): [[number, number], [number, number]] {
  const points = box.coordinates.map((c) => projection(c as [number, number]) ?? [0, 0]);
  const ys = points.map((p) => p[1]);
  const xs = points.map((p) => p[0]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

let worldFrameCache: MapFrame | null = null;

/** The world without Antarctica, width 960. */
export function worldFrame(): MapFrame {
  if (worldFrameCache) return worldFrameCache;
  const box = edgeSamples({ west: -180, east: 180, south: -56, north: 83 });
  const probe = geoNaturalEarth1()
    .rotate([-10, 0])
    .fitWidth(WORLD_MAP_WIDTH - 2 * PAD, box);
  const [[, y0], [, y1]] = probeBounds(probe, box);
  const height = Math.round(y1 - y0 + 2 * PAD);
  const projection = geoNaturalEarth1()
    .rotate([-10, 0])
    .fitExtent(
      [
        [PAD, PAD],
        [WORLD_MAP_WIDTH - PAD, height - PAD],
      ],
      box,
    );
  worldFrameCache = frameOf(projection, WORLD_MAP_WIDTH, height);
  return worldFrameCache;
}

/** A square pixel in steradians at this projection's scale: the simplification threshold of its outlines. */
export function pixelWeight(frame: MapFrame): number {
  const scale = frame.projection.scale();
  return 0.6 / (scale * scale);
}
