"use server";

import { readCityNames } from "@/lib/data/gazetteer/write-city-names";
import { decideCitySuggestion } from "@/lib/data/gazetteer/decide-city-suggestions";
import { cityLookupSchema, citySuggestionDecisionSchema } from "@/lib/validation/places";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";

// The gazetteer (a city's names in the other languages).

/** The current names of a city, for the meeting form's fields (read-only; any staff member). */
export async function lookupCityNamesAction(input: { countryCode: string; city: string }) {
  return runAction(input, {
    schema: cityLookupSchema,
    authorize: () => ({ action: "staff.enter" }),
    run: (_actor, { countryCode, city }) => readCityNames(countryCode, city),
    refreshPage: false,
  });
}

/** An administrator approves (the names change everywhere) or rejects a suggested change. */
export async function decideCitySuggestionAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: citySuggestionDecisionSchema,
    authorize: () => ({ action: "gazetteer.review" }),
    run: (actor, { id, decision }) => decideCitySuggestion({ actor, id, decision }),
    tags: (result) => result.tags,
  });
}
