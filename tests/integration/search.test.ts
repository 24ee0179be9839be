import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { excerptToHtml } from "@/lib/content/search-excerpt";
import { searchPublicContent } from "@/lib/data/search/search-public-content";
import { SEED_SLUGS } from "@/prisma/seed/keys";

describe("search", () => {
  it("finds the Bishkek meeting in English and in Russian", async () => {
    const en = await searchPublicContent({ locale: "en", query: "Bishkek", page: 1 });
    expect(en.hits.map((h) => h.slug)).toContain(SEED_SLUGS.bishkek2021);
    const ru = await searchPublicContent({ locale: "ru", query: "Бишкек", page: 1 });
    const hit = ru.hits.find((h) => h.slug === SEED_SLUGS.bishkek2021);
    expect(hit).toMatchObject({ type: "meeting", locale: "ru" });
    expect(hit?.excerptHtml).toMatch(/<mark>Бишкек/);
  });

  it("falls back to English text for records not translated, and ranks", async () => {
    const es = await searchPublicContent({ locale: "es", query: "Sixth informal meeting Brussels", page: 1 });
    expect(es.hits[0]).toMatchObject({ slug: SEED_SLUGS.brussels2011, locale: "en" });
  });

  it("never returns drafts", async () => {
    const draft = await prisma.meeting.findUniqueOrThrow({
      where: { slug: SEED_SLUGS.draftMeeting },
      include: { translations: true },
    });
    const word = draft.translations[0].title.split(/\s+/).find((w) => w.length > 6) ?? "Confidential";
    const result = await searchPublicContent({ locale: "en", query: word, page: 1 });
    expect(result.hits.map((h) => h.slug)).not.toContain(SEED_SLUGS.draftMeeting);
    const confidential = await searchPublicContent({ locale: "en", query: "Confidential", page: 1 });
    expect(confidential.hits.map((h) => h.slug)).not.toContain(SEED_SLUGS.draftMeeting);
  });

  it("escapes excerpts: only <mark> is markup", () => {
    const text = "<script>alert(1)</script> \u0002Bishkek\u0003 bold";
    expect(excerptToHtml(text, "<script>alert(1)</script> Bishkek bold", "alert(1)</script> Bishkek bold")).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Bishkek</mark> bold",
    );
  });

  it("cuts excerpts on words, says so with an ellipsis, and shows no Markdown", async () => {
    const result = await searchPublicContent({ locale: "en", query: "BACUDA", page: 1 });
    const hit = result.hits.find((h) => h.slug === SEED_SLUGS.bishkek2021);
    expect(hit).toBeDefined();
    // The body's list ("- news from the WCO Secretariat…") and bold marks are plain text here.
    expect(hit!.excerptHtml).not.toMatch(/(^|\s)[-*+] |\*\*|__|#/);
    expect(hit!.excerptHtml).toMatch(/^… /);
    expect(hit!.excerptHtml).toContain("<mark>BACUDA</mark>");
    // A fragment starts on a word: the text before "…" is never a broken word.
    for (const fragment of hit!.excerptHtml
      .split("…")
      .map((f) => f.trim())
      .filter(Boolean)) {
      expect(fragment.replace(/<\/?mark>/g, "")).toMatch(/^[\p{L}\p{N}(«"]/u);
    }
  });

  it("highlights the matched words of titles too, structures included", async () => {
    const result = await searchPublicContent({ locale: "en", query: "Bishkek", page: 1 });
    const structure = result.hits.find((h) => h.type === "structure" && h.slug === SEED_SLUGS.rtcBishkek);
    expect(structure?.titleHtml).toContain("<mark>Bishkek</mark>");
    // The host administration and the description read as two parts, not one run-on sentence.
    expect(structure?.excerptHtml).toMatch(/Kyrgyz Republic · The youngest/);
  });

  it("tolerates small typos in names, in every language, exact matches first", async () => {
    const typo = await searchPublicContent({ locale: "en", query: "Bishek", page: 1 });
    expect(typo.hits.map((h) => h.slug)).toContain(SEED_SLUGS.bishkek2021);
    expect(
      typo.hits.some(
        (h) => h.excerptHtml.includes("<mark>Bishkek</mark>") || h.titleHtml.includes("<mark>Bishkek</mark>"),
      ),
    ).toBe(true);
    const cyrillic = await searchPublicContent({ locale: "ru", query: "Бишкик", page: 1 });
    expect(cyrillic.hits.map((h) => h.slug)).toContain(SEED_SLUGS.bishkek2021);
    // A word that is no name's near neighbour finds nothing rather than noise.
    expect((await searchPublicContent({ locale: "en", query: "Zxqvwy", page: 1 })).total).toBe(0);
  });

  it("keeps the vocabulary of names current through triggers", async () => {
    await prisma.organizationTranslation.updateMany({
      where: { organization: { slug: SEED_SLUGS.osceBishkek }, locale: "en" },
      data: { name: "OSCE Programme Office in Bishkek (Zhibek Zholu)" },
    });
    const rows = await prisma.searchTerm.findMany({ where: { term: { in: ["zhibek", "zholu"] } } });
    expect(rows.map((r) => r.term).sort()).toEqual(["zhibek", "zholu"]);
  });

  it("paginates with a total", async () => {
    const result = await searchPublicContent({ locale: "en", query: "customs", page: 1 });
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.length).toBeLessThanOrEqual(12);
    expect(result.pageCount).toBe(Math.max(1, Math.ceil(result.total / 12)));
    expect((await searchPublicContent({ locale: "en", query: "   ", page: 1 })).total).toBe(0);
  });
});
