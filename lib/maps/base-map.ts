// The base map as an SVG document: sea, graticule, country outlines and, per
// country, its fill (a region's members shaded). Drawn on the server from
// offline data; served by app/maps/[file]/route.ts and shown under the
// page's own markers, which use the same projection (lib/maps/projection.ts).
import { geoGraticule10, geoPath } from "d3-geo";
import { countryFeatures, type Resolution } from "./atlas";
import { pixelWeight, type MapFrame } from "./projection";

export const mapColors = {
  sea: "#e6f0f8",
  land: "#e5e7eb",
  border: "#ffffff",
  graticule: "#cfdeec",
  member: "#8db6dc",
  memberBorder: "#4f7fb0",
};

/** The fill of each region on the world map: light tints that dark text and markers read well on. */
export const regionColors: Record<string, string> = {
  EUR: "#93b9e0",
  AP: "#f0b67f",
  AMS: "#a6d49f",
  ESA: "#e7a3b5",
  WCA: "#c4b0e3",
  MENA: "#e6d083",
};

export type CountryFill = (code: string | null) => { fill: string; stroke?: string } | null;

export function baseMapSvg(frame: MapFrame, resolution: Resolution, fillOf: CountryFill): string {
  const path = geoPath(frame.projection).digits(1);
  const features = countryFeatures(resolution, pixelWeight(frame));
  const plain: string[] = [];
  const highlighted: string[] = [];
  for (const country of features) {
    if (country.code === "AQ") continue;
    const d = path(country);
    if (!d) continue;
    const fill = fillOf(country.code);
    if (fill)
      highlighted.push(
        `<path d="${d}" fill="${fill.fill}"${fill.stroke ? ` stroke="${fill.stroke}"` : ""}${country.code ? ` data-country="${country.code}"` : ""}/>`,
      );
    else plain.push(`<path d="${d}"/>`);
  }
  const graticule = path(geoGraticule10()) ?? "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}">`,
    `<rect width="${frame.width}" height="${frame.height}" fill="${mapColors.sea}"/>`,
    `<path d="${graticule}" fill="none" stroke="${mapColors.graticule}" stroke-width="0.5"/>`,
    `<g fill="${mapColors.land}" stroke="${mapColors.border}" stroke-width="0.6" stroke-linejoin="round">${plain.join("")}</g>`,
    `<g stroke="${mapColors.border}" stroke-width="0.6" stroke-linejoin="round">${highlighted.join("")}</g>`,
    `</svg>`,
  ].join("\n");
}
