import { describe, expect, it } from "vitest";
import { indicatorText } from "@/lib/content/indicator-text";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import es from "@/messages/es.json";
import ru from "@/messages/ru.json";
import ar from "@/messages/ar.json";

// Issue 21: an indicator's unit is translated like its name ("46 من 40
// (officers)" mixed English into Arabic), and the unit is a label, never an
// inflected word after a number ("0 of 1 trainings").
const officers = {
  unit: "officers",
  translations: [
    { locale: "en", name: "Officers trained", unit: "officers" },
    { locale: "ar", name: "الموظفون المدرَّبون", unit: "موظفون" },
    { locale: "ru", name: "Обучено сотрудников", unit: "" },
  ],
};

describe("an indicator in the reader's language", () => {
  it("takes the unit of the same language as the name, else the indicator's own", () => {
    expect(indicatorText(officers, "ar")).toEqual({ name: "الموظفون المدرَّبون", nameLocale: "ar", unit: "موظفون" });
    expect(indicatorText(officers, "ru")).toEqual({ name: "Обучено сотрудников", nameLocale: "ru", unit: "officers" });
    expect(indicatorText(officers, "fr")).toEqual({ name: "Officers trained", nameLocale: "en", unit: "officers" });
  });

  it("puts the unit before the numbers in every language", () => {
    for (const messages of [en, fr, es, ru, ar]) {
      expect(messages.Plans.indicatorValue.startsWith("{unit}"), messages.Plans.indicatorValue).toBe(true);
      for (const key of ["target", "targetAccepted"] as const)
        expect(messages.StaffPlans[key], key).toMatch(/\(\{unit\}\)/);
    }
  });
});
