// Country outlines from Natural Earth, as shipped by the world-atlas package
// (TopoJSON, public domain), converted with topojson-client and simplified
// for the scale of each map with topojson-simplify. Nothing is fetched: the
// data is in node_modules. Features carry ISO 3166-1 alpha-2 codes (the
// portal's Country codes) from their numeric ids (i18n-iso-countries).
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { feature } from "topojson-client";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import { numericToAlpha2 } from "i18n-iso-countries";
import countries50m from "world-atlas/countries-50m.json";
import countries110m from "world-atlas/countries-110m.json";

export type Resolution = "50m" | "110m";
export type CountryFeature = Feature<Geometry, { name: string }> & { code: string | null };

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const sources: Record<Resolution, CountriesTopology> = {
  "50m": countries50m as unknown as CountriesTopology,
  "110m": countries110m as unknown as CountriesTopology,
};

/** Natural Earth features without an ISO numeric id, by name. */
const unnumbered: Record<string, string> = { Kosovo: "XK", Somaliland: "SO", "N. Cyprus": "CY" };

function codeOf(id: string | number | undefined, name: string): string | null {
  if (id !== undefined && id !== null && id !== "") return numericToAlpha2(String(id).padStart(3, "0")) ?? null;
  return unnumbered[name] ?? null;
}

const presimplified = new Map<Resolution, CountriesTopology>();

/**
 * The countries, keeping only the points whose triangle (in steradians) is at
 * least `minWeight`: about a square pixel at the map's scale. Cached per call
 * site's arguments: maps are drawn once per process and then served from the cache.
 */
const cache = new Map<string, CountryFeature[]>();
export function countryFeatures(resolution: Resolution, minWeight = 0): CountryFeature[] {
  const key = `${resolution}:${minWeight}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let topology = presimplified.get(resolution);
  if (!topology) {
    topology = presimplify(structuredClone(sources[resolution]), sphericalTriangleArea) as CountriesTopology;
    presimplified.set(resolution, topology);
  }
  const simplified = (minWeight > 0 ? simplify(topology, minWeight) : topology) as CountriesTopology;
  const collection = feature(simplified, simplified.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features = collection.features.map((f) => Object.assign(f, { code: codeOf(f.id, f.properties.name) }));
  cache.set(key, features);
  return features;
}
