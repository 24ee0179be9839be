import { describe, expect, it } from "vitest";
import { fallbackChain, pickTranslation } from "@/lib/content/translation";

const rows = [
  { locale: "en", title: "Meeting" },
  { locale: "ru", title: "Совещание" },
];

describe("pickTranslation", () => {
  it("uses the visitor's locale when published", () => {
    expect(pickTranslation(rows, "ru")).toMatchObject({ title: "Совещание", locale: "ru", isFallback: false });
  });
  it("falls back to English and says so", () => {
    expect(pickTranslation(rows, "es")).toMatchObject({ title: "Meeting", locale: "en", isFallback: true });
  });
  it("uses another published language when English is missing", () => {
    expect(pickTranslation([{ locale: "fr", title: "Réunion" }], "es")).toMatchObject({
      locale: "fr",
      isFallback: true,
    });
  });
  it("returns null without translations", () => {
    expect(pickTranslation([], "en")).toBeNull();
  });
  it("loads the visitor's locale and English", () => {
    expect(fallbackChain("ar")).toEqual(["ar", "en"]);
    expect(fallbackChain("en")).toEqual(["en"]);
  });
});
