// Query-string filters of the audit log (a GET form). Bad values are ignored.
import { z } from "zod";
import { pageSchema, type SearchParams } from "./public-filters";
import { lineString } from "./text-rules";

export const AUDIT_PAGE_SIZE = 20;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blank = (value: unknown) => {
  const v = first(value);
  return typeof v === "string" && v.trim() === "" ? undefined : v;
};

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional()).catch(undefined);

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
  );

export type AuditFilters = { actor?: string; type?: string; record?: string; from?: string; to?: string; page: number };

export function parseAuditFilters(query: SearchParams): AuditFilters {
  return {
    actor: optional(
      z
        .string()
        .trim()
        .max(40)
        .regex(/^[\w-]+$/),
    ).parse(query.actor),
    type: optional(
      z
        .string()
        .trim()
        .max(40)
        .regex(/^[\w.-]+$/),
    ).parse(query.type),
    record: optional(lineString().max(100)).parse(query.record),
    from: optional(day).parse(query.from),
    to: optional(day).parse(query.to),
    page: pageSchema.parse(query.page),
  };
}

export function auditFiltersToQuery(filters: AuditFilters): Record<string, string | undefined> {
  const { page: _page, ...rest } = filters;
  void _page;
  return rest;
}

/** The date range as instants: from the start of `from` to the end of `to`, in UTC. */
export function auditDateRange(filters: Pick<AuditFilters, "from" | "to">) {
  const gte = filters.from ? new Date(`${filters.from}T00:00:00Z`) : undefined;
  const lt = filters.to ? new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 24 * 3600 * 1000) : undefined;
  return gte || lt ? { ...(gte ? { gte } : {}), ...(lt ? { lt } : {}) } : undefined;
}
