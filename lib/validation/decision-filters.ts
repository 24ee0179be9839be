// Filters of the public register of decisions (/{locale}/decisions): status,
// region, responsible structure, year, kind and search words. Bad values are
// ignored, as on every public list (lib/validation/public-filters.ts).
import { z } from "zod";
import { enumParam, enumToParam, regionCodeSchema, slugSchema, type SearchParams } from "./public-filters";
import { searchQuerySchema } from "./search";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const decisionKinds = ["ACTION_PLAN", "NEXT_MEETING", "POLICY", "SECRETARIAT_REQUEST", "OTHER"] as const;
export const decisionStatuses = ["OPEN", "IN_PROGRESS", "DONE", "DROPPED"] as const;
export type DecisionKind = (typeof decisionKinds)[number];
export type DecisionStatus = (typeof decisionStatuses)[number];

export { enumToParam };

export const decisionFiltersSchema = z.object({
  status: enumParam(decisionStatuses),
  kind: enumParam(decisionKinds),
  region: regionCodeSchema,
  structure: slugSchema,
  series: slugSchema,
  year: z.preprocess(first, z.coerce.number().int().min(1950).max(2100)).optional().catch(undefined),
  q: searchQuerySchema.optional().catch(undefined),
});

export type DecisionFilters = z.infer<typeof decisionFiltersSchema>;

export function parseDecisionFilters(params: SearchParams): DecisionFilters {
  return decisionFiltersSchema.parse(params);
}

/** The filters as URL query values, in a fixed order, without empty ones. */
export function decisionFiltersToQuery(filters: DecisionFilters): Record<string, string | undefined> {
  return {
    status: filters.status ? enumToParam(filters.status) : undefined,
    kind: filters.kind ? enumToParam(filters.kind) : undefined,
    region: filters.region?.toLowerCase(),
    structure: filters.structure,
    series: filters.series,
    year: filters.year ? String(filters.year) : undefined,
    q: filters.q || undefined,
  };
}
