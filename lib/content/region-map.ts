// Markers and labels of the maps: markers clustered by place and city labels
// placed where they fit, over a projection of the map's own (lib/maps/
// projection.ts, the one the base map's outlines are drawn with); without
// one, an equirectangular frame with a graticule. Pure functions.

export type MapKind = "ROCB" | "RTC" | "VICE_CHAIR";

export type MapPoint = { id: string; kind: MapKind; latitude: number; longitude: number; label: string };

type Bounds = { west: number; east: number; south: number; north: number };

/** Rough extent of each region's member countries (degrees), so a map shows the whole region. */
export const regionBounds: Record<string, Bounds> = {
  EUR: { west: -25, east: 90, south: 29, north: 71 },
  AP: { west: 60, east: 180, south: -48, north: 55 },
  AMS: { west: -125, east: -32, south: -56, north: 60 },
  ESA: { west: 10, east: 58, south: -36, north: 18 },
  WCA: { west: -26, east: 32, south: -14, north: 28 },
  MENA: { west: -18, east: 63, south: 8, north: 38 },
};

export type MapMember = { id: string; kind: MapKind; x: number; y: number };
export type MapLabel = {
  text: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  baseline: "central" | "auto" | "hanging";
};
export type MapGroup = { x: number; y: number; members: MapMember[]; label: MapLabel | null };
export type Box = { x1: number; y1: number; x2: number; y2: number };

export type MapLayout = {
  width: number;
  height: number;
  frame: { x: number; y: number; width: number; height: number };
  markerRadius: number;
  meridians: { degrees: number; x: number }[];
  parallels: { degrees: number; y: number }[];
  groups: MapGroup[];
};

export type MapOptions = {
  /** Width of the viewBox; the SVG itself scales to its container. */
  width?: number;
  /** The largest font size the labels are drawn at, in viewBox units (phones use a larger one). */
  labelFontSize?: number;
  markerRadius?: number;
  /** The map's projection: the layout then fills its whole viewBox and draws no graticule of its own. */
  projection?: { width: number; height: number; project: (longitude: number, latitude: number) => [number, number] };
};

const LINE_HEIGHT = 1.15;
const kindOrder: MapKind[] = ["ROCB", "RTC", "VICE_CHAIR"];
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const round = (value: number) => Math.round(value * 10) / 10;

function boundsOf(code: string, points: MapPoint[]): Bounds {
  const base = regionBounds[code.toUpperCase()];
  const margin = 2;
  const lons = points.map((p) => p.longitude);
  const lats = points.map((p) => p.latitude);
  const fromPoints = points.length
    ? {
        west: Math.min(...lons) - margin,
        east: Math.max(...lons) + margin,
        south: Math.min(...lats) - margin,
        north: Math.max(...lats) + margin,
      }
    : { west: -180, east: 180, south: -60, north: 75 };
  if (!base) return fromPoints;
  return {
    west: Math.min(base.west, fromPoints.west),
    east: Math.max(base.east, fromPoints.east),
    south: Math.max(-85, Math.min(base.south, fromPoints.south)),
    north: Math.min(85, Math.max(base.north, fromPoints.north)),
  };
}

function graticuleStep(span: number): number {
  return [5, 10, 15, 20, 30, 45].find((step) => span / step <= 8) ?? 60;
}

function multiplesBetween(min: number, max: number, step: number): number[] {
  const values: number[] = [];
  for (let value = Math.ceil(min / step) * step; value < max; value += step) if (value > min) values.push(value);
  return values;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const inside = (box: Box, frame: Box) =>
  box.x1 >= frame.x1 && box.x2 <= frame.x2 && box.y1 >= frame.y1 && box.y2 <= frame.y2;

/** Estimated width of a label (Latin city names; generous so labels never spill over). */
export function labelWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62;
}

export function layoutRegionMap(code: string, points: MapPoint[], options: MapOptions = {}): MapLayout {
  const width = options.width ?? 600;
  const fontSize = options.labelFontSize ?? 20;
  const r = options.markerRadius ?? 9;
  if (options.projection) return placeMarkers(points, options.projection, fontSize, r);
  const bounds = boundsOf(code, points);
  const k = Math.max(0.2, Math.cos((((bounds.north + bounds.south) / 2) * Math.PI) / 180));
  const projW = (bounds.east - bounds.west) * k;
  const projH = bounds.north - bounds.south;
  const height = Math.round(clamp(width / (projW / projH), width * 0.5, width));

  const framePad = 4;
  const frame = { x: framePad, y: framePad, width: width - 2 * framePad, height: height - 2 * framePad };
  const inner = 24; // keeps markers off the frame
  const scale = Math.min((frame.width - 2 * inner) / projW, (frame.height - 2 * inner) / projH);
  const ox = frame.x + (frame.width - projW * scale) / 2;
  const oy = frame.y + (frame.height - projH * scale) / 2;
  const x = (lon: number) => ox + (lon - bounds.west) * k * scale;
  const y = (lat: number) => oy + (bounds.north - lat) * scale;
  const lonAt = (px: number) => bounds.west + (px - ox) / (k * scale);
  const latAt = (py: number) => bounds.north - (py - oy) / scale;

  const lonMin = lonAt(frame.x);
  const lonMax = lonAt(frame.x + frame.width);
  const latMax = latAt(frame.y);
  const latMin = latAt(frame.y + frame.height);
  const step = graticuleStep(Math.max(lonMax - lonMin, latMax - latMin));
  const meridians = multiplesBetween(lonMin, lonMax, step).map((degrees) => ({ degrees, x: round(x(degrees)) }));
  const parallels = multiplesBetween(latMin, latMax, step).map((degrees) => ({ degrees, y: round(y(degrees)) }));

  return {
    ...placeMarkers(points, { width, height, project: (lon, lat) => [x(lon), y(lat)] }, fontSize, r, frame),
    meridians,
    parallels,
  };
}

/** Clusters markers by city and places their labels inside the frame (the whole viewBox unless given). */
function placeMarkers(
  points: MapPoint[],
  map: { width: number; height: number; project: (longitude: number, latitude: number) => [number, number] },
  fontSize: number,
  r: number,
  frame = { x: 0, y: 0, width: map.width, height: map.height },
): MapLayout {
  const { width, height } = map;
  const x = (lon: number, lat: number) => map.project(lon, lat)[0];
  const y = (lon: number, lat: number) => map.project(lon, lat)[1];
  // Structures of one city share one spot: their markers sit side by side
  // under one label. Different cities keep their own markers and labels.
  const spacing = 2 * r + 3;
  const clusters: { x: number; y: number; points: MapPoint[] }[] = [];
  for (const point of [...points].sort((a, b) => a.longitude - b.longitude || a.latitude - b.latitude)) {
    const px = x(point.longitude, point.latitude);
    const py = y(point.longitude, point.latitude);
    const near = clusters.find(
      (c) => c.points[0].label === point.label && Math.hypot(c.x - px, c.y - py) < spacing * 2,
    );
    if (near) {
      near.x = (near.x * near.points.length + px) / (near.points.length + 1);
      near.y = (near.y * near.points.length + py) / (near.points.length + 1);
      near.points.push(point);
    } else clusters.push({ x: px, y: py, points: [point] });
  }

  const frameBox: Box = {
    x1: frame.x + 2,
    y1: frame.y + 2,
    x2: frame.x + frame.width - 2,
    y2: frame.y + frame.height - 2,
  };
  const groups = clusters.map((cluster) => {
    const members = [...cluster.points].sort(
      (a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.id.localeCompare(b.id),
    );
    const half = ((members.length - 1) * spacing) / 2;
    const cx = clamp(cluster.x, frameBox.x1 + half + r, frameBox.x2 - half - r);
    const cy = clamp(cluster.y, frameBox.y1 + r, frameBox.y2 - r);
    return {
      x: round(cx),
      y: round(cy),
      half,
      members: members.map((m, index) => ({
        id: m.id,
        kind: m.kind,
        x: round(cx - half + index * spacing),
        y: round(cy),
      })),
      text: [...new Set(members.map((m) => m.label).filter(Boolean))].join(" · "),
    };
  });

  const markerBoxes: Box[] = groups.map((g) => ({
    x1: g.x - g.half - r - 1,
    y1: g.y - r - 1,
    x2: g.x + g.half + r + 1,
    y2: g.y + r + 1,
  }));
  const placed: Box[] = [];
  const centre = frame.x + frame.width / 2;
  // Labels are placed top to bottom, each at the first free spot that stays in the frame.
  const order = groups.map((_, index) => index).sort((a, b) => groups[a].y - groups[b].y || groups[a].x - groups[b].x);
  const labels = new Map<number, MapLabel>();
  for (const index of order) {
    const g = groups[index];
    if (!g.text) continue;
    const w = labelWidth(g.text, fontSize);
    const h = fontSize * LINE_HEIGHT;
    const gap = 4;
    const at = (x1: number, y1: number, label: Omit<MapLabel, "text">) => ({
      box: { x1, y1, x2: x1 + w, y2: y1 + h },
      label,
    });
    const east = g.x + g.half + r + gap;
    const west = g.x - g.half - r - gap;
    const sideways = (dy: number) => [
      at(east, g.y + dy - h / 2, { x: east, y: g.y + dy, anchor: "start", baseline: "central" }),
      at(west - w, g.y + dy - h / 2, { x: west, y: g.y + dy, anchor: "end", baseline: "central" }),
    ];
    const [right, left] = sideways(0);
    const above = at(g.x - w / 2, g.y - r - gap - h, { x: g.x, y: g.y - r - gap, anchor: "middle", baseline: "auto" });
    const below = at(g.x - w / 2, g.y + r + gap, { x: g.x, y: g.y + r + gap, anchor: "middle", baseline: "hanging" });
    const [rightUp, leftUp] = sideways(-h * 0.6);
    const [rightDown, leftDown] = sideways(h * 0.6);
    const candidates =
      g.x < centre
        ? [right, left, above, below, rightUp, rightDown, leftUp, leftDown]
        : [left, right, above, below, leftUp, leftDown, rightUp, rightDown];
    const fit = candidates.find(
      (c) =>
        inside(c.box, frameBox) &&
        !placed.some((box) => overlaps(box, c.box)) &&
        !markerBoxes.some((box) => overlaps(box, c.box)),
    );
    if (!fit) continue; // the marker keeps its <title>, and the list beside the map names it
    placed.push(fit.box);
    labels.set(index, { text: g.text, ...fit.label, x: round(fit.label.x), y: round(fit.label.y) } as MapLabel);
  }

  return {
    width,
    height,
    frame,
    markerRadius: r,
    meridians: [],
    parallels: [],
    groups: groups.map((g, index) => ({ x: g.x, y: g.y, members: g.members, label: labels.get(index) ?? null })),
  };
}

/** The boxes a label occupies, for tests: the same estimate the layout used. */
export function labelBox(label: MapLabel, fontSize: number): Box {
  const w = labelWidth(label.text, fontSize);
  const h = fontSize * LINE_HEIGHT;
  const x1 = label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - w : label.x - w / 2;
  const y1 = label.baseline === "central" ? label.y - h / 2 : label.baseline === "auto" ? label.y - h : label.y;
  return { x1, y1, x2: x1 + w, y2: y1 + h };
}
