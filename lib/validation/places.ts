// The gazetteer's staff forms: looking up a city's names (the meeting form
// prefills its fields with them) and an administrator's decision on a
// suggested change.
import { z } from "zod";
import { recordId } from "./form-fields";
import { lineString } from "./text-rules";

export const cityLookupSchema = z.object({
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/),
  city: lineString().min(1).max(120),
});

export const citySuggestionDecisionSchema = z.object({
  id: recordId,
  decision: z.enum(["approve", "reject"]),
});
