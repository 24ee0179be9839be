import { z } from "zod";
import { enumParam, enumToParam, regionCodeSchema, type SearchParams } from "./public-filters";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const meetingKinds = [
  "REGIONAL_STRUCTURES_MEETING",
  "GLOBAL_INFORMAL_MEETING",
  "WORKSHOP",
  "TRAINING",
  "COMMITTEE",
  "OTHER",
] as const;

/** URL form of a kind: regional-structures-meeting ↔ REGIONAL_STRUCTURES_MEETING. */
export const kindToParam = enumToParam;

const kindSchema = enumParam(meetingKinds);

const yearSchema = z.preprocess(first, z.coerce.number().int().min(1950).max(2100)).optional().catch(undefined);
const whenSchema = z
  .preprocess(first, z.enum(["upcoming", "past"]))
  .optional()
  .catch(undefined);

export const meetingFiltersSchema = z.object({
  region: regionCodeSchema,
  kind: kindSchema,
  year: yearSchema,
  when: whenSchema,
});

export type MeetingFilters = z.infer<typeof meetingFiltersSchema>;

export function parseMeetingFilters(params: SearchParams): MeetingFilters {
  return meetingFiltersSchema.parse(params);
}

/** The filters as URL query values (lower-case codes), without empty ones. */
export function meetingFiltersToQuery(filters: MeetingFilters): Record<string, string | undefined> {
  return {
    region: filters.region?.toLowerCase(),
    kind: filters.kind ? kindToParam(filters.kind) : undefined,
    year: filters.year ? String(filters.year) : undefined,
    when: filters.when,
  };
}
