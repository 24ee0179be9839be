// Query-string parameters of the structures directory. As in
// public-filters.ts, a bad value is ignored rather than trusted.
import { z } from "zod";
import { pageSchema, regionCodeSchema, type SearchParams } from "./public-filters";

export type StructureKindValue = "ROCB" | "RTC" | "VICE_CHAIR";

/** URL value ↔ database kind: `?kind=vice-chair` reads better than VICE_CHAIR. */
export const structureKindParams = { rocb: "ROCB", rtc: "RTC", "vice-chair": "VICE_CHAIR" } as const satisfies Record<
  string,
  StructureKindValue
>;

export type StructureKindParam = keyof typeof structureKindParams;

export const structureKindOrder: readonly StructureKindValue[] = ["ROCB", "RTC", "VICE_CHAIR"];

export function kindParamOf(kind: StructureKindValue): StructureKindParam {
  return (Object.keys(structureKindParams) as StructureKindParam[]).find((key) => structureKindParams[key] === kind)!;
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const structureKindSchema = z
  .preprocess(
    first,
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(Object.keys(structureKindParams) as [StructureKindParam, ...StructureKindParam[]])),
  )
  .transform((value) => structureKindParams[value])
  .optional()
  .catch(undefined);

/** The region, kind and page of a directory URL. */
export function parseStructureFilters(searchParams: SearchParams) {
  return {
    region: regionCodeSchema.parse(searchParams.region),
    kind: structureKindSchema.parse(searchParams.kind),
    page: pageSchema.parse(searchParams.page),
  };
}

/** Region codes in URLs are lower case: /regions/eur. */
export const regionPathCodeSchema = z.enum(["eur", "ap", "ams", "esa", "wca", "mena"]);
