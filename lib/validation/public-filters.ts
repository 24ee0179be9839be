// Query-string parameters of the public list pages. Bad values are ignored
// (a visitor's hand-edited URL should still show a page), never trusted.
import { z } from "zod";

export const PAGE_SIZE = 12;
export const MAX_PAGE = 10_000;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** URL form of an enum value: in-progress ↔ IN_PROGRESS, regional-structures-meeting ↔ REGIONAL_STRUCTURES_MEETING. */
export const enumToParam = (value: string) => value.toLowerCase().replace(/_/g, "-");

/** An enum value from its URL form (any case, dashes or underscores); anything else is ignored. */
export const enumParam = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .preprocess(
      first,
      z
        .string()
        .trim()
        .toUpperCase()
        .transform((v) => v.replace(/-/g, "_"))
        .pipe(z.enum(values)),
    )
    .optional()
    .catch(undefined);

export const pageSchema = z.preprocess(first, z.coerce.number().int().min(1).max(MAX_PAGE)).catch(1);

export const regionCodeSchema = z
  .preprocess(
    first,
    z
      .string()
      .trim()
      .toUpperCase()
      .pipe(z.enum(["EUR", "AP", "AMS", "ESA", "WCA", "MENA"])),
  )
  .optional()
  .catch(undefined);

export const slugSchema = z
  .preprocess(
    first,
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(200),
  )
  .optional()
  .catch(undefined);

export type SearchParams = Record<string, string | string[] | undefined>;

/** Offset/limit of a 1-based page. */
export function pageWindow(page: number, pageSize = PAGE_SIZE) {
  return { skip: (page - 1) * pageSize, take: pageSize };
}
