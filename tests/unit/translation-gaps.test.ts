import { describe, expect, it } from "vitest";
import { translationGaps, type GapSource } from "@/lib/content/translation-gaps";

const text = (locale: string, fields: Partial<{ summary: string; body: string; venue: string }> = {}) => ({
  locale,
  summary: "",
  body: "",
  venue: "",
  ...fields,
});
const rows = (...localesPerRow: string[][]) =>
  localesPerRow.map((ls) => ({ translations: ls.map((locale) => ({ locale })) }));

describe("translationGaps", () => {
  const source: GapSource = {
    translations: [
      text("en", { summary: "Summary", body: "Text", venue: "Hall A" }),
      text("fr", { summary: "Résumé" }),
      text("ru", { summary: "Резюме", body: "Текст", venue: "Зал А" }),
    ],
    agendaItems: rows(["en", "fr", "ru"], ["en", "ru"]),
    outcomes: rows(["en", "ru"]),
  };

  it("names the parts a language has and those English has that it lacks", () => {
    expect(translationGaps(source, ["en", "fr", "ru"])).toEqual([
      { locale: "fr", present: ["title", "summary"], missing: ["body", "venue", "agenda", "outcomes"] },
    ]);
  });

  it("counts an agenda as missing when a single item lacks the language", () => {
    const oneShort = { ...source, agendaItems: rows(["en", "ru"], ["en"]) };
    expect(translationGaps(oneShort, ["ru"])).toEqual([
      { locale: "ru", present: ["title", "summary", "body", "venue", "outcomes"], missing: ["agenda"] },
    ]);
  });

  it("leaves out English, languages without a translation, and parts English does not have either", () => {
    const sparse: GapSource = {
      translations: [text("en", { summary: "Summary" }), text("ar", { summary: "ملخص" })],
      agendaItems: [],
      outcomes: rows(["fr"]),
    };
    expect(translationGaps(sparse, ["en", "ar", "es"])).toEqual([]);
  });
});
