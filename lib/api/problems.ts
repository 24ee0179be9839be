// The open data API's refusals, as its JSON error ({ error: { status,
// message } }): the reason in words, and the Allow header of a method the API
// does not offer. Messages depend only on the resource and the parameter,
// never on what the client sent (error views are cached like any view).
import type { z } from "zod";
import { apiResources, type ApiProblem } from "./views";

/** The methods every address of the API answers. */
export const API_METHODS = "GET, HEAD";

const RECORD: Record<ApiProblem["resource"], string> = {
  meetings: "No published meeting has this slug.",
  structures: "No published regional structure has this slug.",
  regions: "No region has this code: use one of eur, ap, ams, esa, wca, mena.",
  news: "No published news article has this slug.",
  plans: "No public action plan has this slug.",
  decisions: "No decision of a published meeting has this identifier.",
};

type Def = { type: string; innerType?: z.ZodType; entries?: Record<string, string> };
const defOf = (field: z.ZodType) => (field as unknown as { _zod: { def: Def } })._zod.def;

/** What a parameter accepts, read from its zod schema ("one of eur, ap…", "a whole number from 1 to 100"…). */
export function expectedValue(field: z.ZodType): string {
  let inner = field;
  while (["optional", "default"].includes(defOf(inner).type)) inner = defOf(inner).innerType!;
  const def = defOf(inner);
  if (def.type === "enum") return `one of ${Object.values(def.entries ?? {}).join(", ")}`;
  if (def.type === "number") {
    const { minValue, maxValue } = inner as unknown as { minValue: number; maxValue: number };
    return `a whole number from ${minValue} to ${maxValue}`;
  }
  if ((inner as unknown as { format?: string }).format === "date") return "a date written YYYY-MM-DD";
  return "a slug: lowercase letters, digits and hyphens";
}

/** The status and reason of a refusal. */
export function problemMessage(problem: ApiProblem): string {
  if (problem.status === 404) return RECORD[problem.resource];
  const spec = apiResources[problem.resource];
  const schema = problem.keyed ? spec.item : spec.list;
  const field = schema.shape[problem.parameter as keyof typeof schema.shape] as z.ZodType | undefined;
  const expected = field ? expectedValue(field) : "see /api/v1/openapi.json";
  return `The parameter "${problem.parameter}" has an invalid value: use ${expected}. See /api/v1/openapi.json.`;
}
