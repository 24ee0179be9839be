import { describe, expect, it } from "vitest";
import { planTranslations } from "@/lib/content/translation-plan";

const now = new Date("2026-12-01T10:00:00Z");
const earlier = new Date("2026-01-01T00:00:00Z");
const hasTitle = (t: { title: string }) => t.title !== "";

describe("translation planning", () => {
  it("keeps each saved status and publication date when the form carries none; a new language is a draft", () => {
    const plan = planTranslations(
      { en: { title: "Meeting" }, fr: { title: "Réunion" } },
      [{ locale: "en", status: "PUBLISHED", publishedAt: earlier }],
      hasTitle,
      now,
    );
    expect(plan.write).toEqual([
      { locale: "en", text: { title: "Meeting" }, status: "PUBLISHED", publishedAt: earlier },
      { locale: "fr", text: { title: "Réunion" }, status: "DRAFT", publishedAt: null },
    ]);
    expect(plan.remove).toEqual([]);
    expect(plan.statusChanged).toBe(false);
  });

  it("takes a status the form sends (structure profiles) and dates a first publication now", () => {
    const plan = planTranslations(
      { ar: { title: "مركز", status: "PUBLISHED" as const } },
      [{ locale: "ar", status: "DRAFT", publishedAt: null }],
      hasTitle,
      now,
    );
    expect(plan.write).toEqual([
      { locale: "ar", text: { title: "مركز", status: "PUBLISHED" }, status: "PUBLISHED", publishedAt: now },
    ]);
    expect(plan.statusChanged).toBe(true);
  });

  it("removes a language whose texts were cleared, and says so when it was public", () => {
    const plan = planTranslations(
      { en: { title: "Kept" }, ru: { title: "" } },
      [{ locale: "ru", status: "PUBLISHED", publishedAt: earlier }],
      hasTitle,
      now,
    );
    expect(plan.remove).toEqual(["ru"]);
    expect(plan.statusChanged).toBe(true);
  });
});
