import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { excerptToHtml } from "@/lib/content/search-excerpt";
import { searchPublicContent } from "@/lib/data/search";
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
    const es = await searchPublicContent({ locale: "es", query: "Brussels informal", page: 1 });
    expect(es.hits[0]).toMatchObject({ slug: SEED_SLUGS.brussels2011, locale: "en" });
  });

  it("never returns drafts", async () => {
    const draft = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.draftMeeting }, include: { translations: true } });
    const word = draft.translations[0].title.split(/\s+/).find((w) => w.length > 6) ?? "Confidential";
    const result = await searchPublicContent({ locale: "en", query: word, page: 1 });
    expect(result.hits.map((h) => h.slug)).not.toContain(SEED_SLUGS.draftMeeting);
    const confidential = await searchPublicContent({ locale: "en", query: "Confidential", page: 1 });
    expect(confidential.hits.map((h) => h.slug)).not.toContain(SEED_SLUGS.draftMeeting);
  });

  it("escapes excerpts: only <mark> is markup", () => {
    expect(excerptToHtml("<script>alert(1)</script> \u0002Bishkek\u0003 **bold**")).toBe("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Bishkek</mark> bold");
  });

  it("paginates with a total", async () => {
    const result = await searchPublicContent({ locale: "en", query: "customs", page: 1 });
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.length).toBeLessThanOrEqual(12);
    expect(result.pageCount).toBe(Math.max(1, Math.ceil(result.total / 12)));
    expect((await searchPublicContent({ locale: "en", query: "   ", page: 1 })).total).toBe(0);
  });
});
