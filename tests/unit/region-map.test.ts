import { describe, expect, it } from "vitest";
import { labelBox, layoutRegionMap, regionBounds, type Box, type MapPoint } from "@/lib/content/region-map";
import { structures } from "@/prisma/seed/data/structures";

const FONT = 20;
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function seedPoints(code: string): MapPoint[] {
  return structures
    .filter((s) => s.region === code)
    .map((s) => ({ id: s.slug, kind: s.kind, latitude: s.latitude, longitude: s.longitude, label: s.city }));
}

describe("region map layout", () => {
  for (const code of Object.keys(regionBounds)) {
    it(`${code}: every structure is drawn inside the frame, with labels that fit and do not collide`, () => {
      const points = seedPoints(code);
      const layout = layoutRegionMap(code, points, { width: 600, labelFontSize: FONT });
      const { frame } = layout;
      const frameBox = { x1: frame.x, y1: frame.y, x2: frame.x + frame.width, y2: frame.y + frame.height };
      expect(layout.height).toBeGreaterThanOrEqual(300);
      expect(layout.height).toBeLessThanOrEqual(600);

      const members = layout.groups.flatMap((g) => g.members);
      expect(members.map((m) => m.id).sort()).toEqual(points.map((p) => p.id).sort());
      const r = layout.markerRadius;
      for (const m of members) {
        expect(m.x - r).toBeGreaterThanOrEqual(frameBox.x1);
        expect(m.x + r).toBeLessThanOrEqual(frameBox.x2);
        expect(m.y - r).toBeGreaterThanOrEqual(frameBox.y1);
        expect(m.y + r).toBeLessThanOrEqual(frameBox.y2);
      }

      const labels = layout.groups.flatMap((g) => (g.label ? [labelBox(g.label, FONT)] : []));
      expect(labels.length).toBe(layout.groups.length); // the seed's cities all get a label
      const markers = layout.groups.map((g) => ({
        x1: g.members[0].x - r,
        y1: g.y - r,
        x2: g.members.at(-1)!.x + r,
        y2: g.y + r,
      }));
      labels.forEach((box, index) => {
        expect(box.x1).toBeGreaterThanOrEqual(frameBox.x1);
        expect(box.x2).toBeLessThanOrEqual(frameBox.x2);
        expect(box.y1).toBeGreaterThanOrEqual(frameBox.y1);
        expect(box.y2).toBeLessThanOrEqual(frameBox.y2);
        labels.slice(index + 1).forEach((other) => expect(overlaps(box, other)).toBe(false));
        markers.forEach((marker) => expect(overlaps(box, marker)).toBe(false));
      });

      for (const line of layout.meridians) expect(line.x > frameBox.x1 && line.x < frameBox.x2).toBe(true);
      for (const line of layout.parallels) expect(line.y > frameBox.y1 && line.y < frameBox.y2).toBe(true);
      expect(layout.meridians.length + layout.parallels.length).toBeGreaterThan(3);
    });
  }

  it("puts structures of one city side by side under one label", () => {
    const layout = layoutRegionMap("EUR", seedPoints("EUR"));
    const baku = layout.groups.find((g) => g.members.some((m) => m.id === "rocb-europe"))!;
    expect(baku.members.map((m) => m.id)).toEqual(["rocb-europe", "rtc-baku"]);
    expect(baku.label?.text).toBe("Baku");
    expect(baku.members[0].x).toBeLessThan(baku.members[1].x);
  });

  it("places east above west and north above south", () => {
    const layout = layoutRegionMap("EUR", seedPoints("EUR"));
    const at = (id: string) => layout.groups.flatMap((g) => g.members).find((m) => m.id === id)!;
    expect(at("rtc-bishkek").x).toBeGreaterThan(at("rtc-budapest").x);
    expect(at("rtc-moscow").y).toBeLessThan(at("rtc-bishkek").y);
  });

  it("drops a label rather than let it overflow or collide", () => {
    const crowded: MapPoint[] = Array.from({ length: 12 }, (_, i) => ({
      id: `p${i}`,
      kind: "RTC",
      latitude: 48 + (i % 3) * 3,
      longitude: 15 + Math.floor(i / 3) * 6,
      label: `A very long city name ${i}`,
    }));
    const layout = layoutRegionMap("EUR", crowded, { labelFontSize: FONT });
    expect(layout.groups).toHaveLength(crowded.length);
    const labels = layout.groups.flatMap((g) => (g.label ? [labelBox(g.label, FONT)] : []));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(layout.groups.length);
    labels.forEach((box, index) =>
      labels.slice(index + 1).forEach((other) => expect(overlaps(box, other)).toBe(false)),
    );
  });
});
