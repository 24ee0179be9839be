import { describe, expect, it } from "vitest";
import { changesFor, planPublication } from "@/lib/content/publication";

const draft = {
  status: "DRAFT" as const,
  texts: [
    { locale: "en", status: "DRAFT" },
    { locale: "ru", status: "DRAFT" },
  ],
};
const live = {
  status: "PUBLISHED" as const,
  texts: [
    { locale: "en", status: "PUBLISHED" },
    { locale: "ru", status: "DRAFT" },
  ],
};

describe("the publishing planner (what the confirmation says is what happens)", () => {
  it("publishes a draft in the chosen written languages; the others stay drafts or fall back to English", () => {
    expect(planPublication(draft, "publish", ["en"])).toEqual({
      change: "publish",
      status: "PUBLISHED",
      texts: [
        { locale: "en", status: "PUBLISHED" },
        { locale: "ru", status: "DRAFT" },
      ],
      isPublic: true,
      publicLocales: ["en"],
      wasPublicLocales: [],
      draftLocales: ["ru"],
      missingLocales: ["fr", "es", "ar"],
      problem: null,
    });
  });

  it("changes the public languages of a public record, in the locale list's order", () => {
    const plan = planPublication(live, "languages", ["ru", "en"]);
    expect(plan).toMatchObject({
      status: "PUBLISHED",
      publicLocales: ["en", "ru"],
      wasPublicLocales: ["en"],
      draftLocales: [],
      problem: null,
    });
  });

  it("unpublishes (nothing public, translations kept as they were), archives and restores", () => {
    expect(planPublication(live, "unpublish", [])).toMatchObject({
      status: "DRAFT",
      isPublic: false,
      publicLocales: [],
      wasPublicLocales: ["en"],
      draftLocales: ["en", "ru"],
      texts: live.texts,
    });
    expect(planPublication(live, "archive", [])).toMatchObject({
      status: "ARCHIVED",
      isPublic: true,
      publicLocales: ["en"],
    });
    expect(planPublication({ ...live, status: "ARCHIVED" }, "restore", [])).toMatchObject({
      status: "PUBLISHED",
      publicLocales: ["en"],
    });
  });

  it("refuses what cannot be done, changing nothing", () => {
    expect(planPublication(draft, "publish", [])).toMatchObject({
      problem: "chooseLanguage",
      status: "DRAFT",
      isPublic: false,
    });
    expect(planPublication(draft, "publish", ["fr"])).toMatchObject({ problem: "notWritten", status: "DRAFT" });
    expect(planPublication(draft, "archive", [])).toMatchObject({ problem: "notAllowed", status: "DRAFT" });
    expect(planPublication(live, "publish", ["en"])).toMatchObject({ problem: "notAllowed", status: "PUBLISHED" });
    // "Change the public languages" to the ones already public: nothing to do (and nothing to record).
    expect(planPublication(live, "languages", ["en"])).toMatchObject({
      problem: "noChange",
      status: "PUBLISHED",
      publicLocales: ["en"],
    });
  });

  it("offers the changes that make sense in each status", () => {
    expect(changesFor("DRAFT")).toEqual(["publish"]);
    expect(changesFor("PUBLISHED")).toEqual(["languages", "archive", "unpublish"]);
    expect(changesFor("ARCHIVED")).toEqual(["languages", "restore", "unpublish"]);
  });
});
