import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { countQueries } from "../support/queries";
import { getPublishedNews } from "@/lib/data/news/get-news";
import { listLatestNews, listNewsForFeed, listPublishedNews, listTopics } from "@/lib/data/news/list-news";
import { PAGE_SIZE } from "@/lib/validation/public-filters";
import { locales, type AppLocale } from "@/i18n/routing";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { news as seededNews } from "@/prisma/seed/data/news";

// Articles the public must never see, made here (the seed has only public news).
const hidden = {
  draft: "test-draft-article",
  draftTranslationOnly: "test-article-with-only-a-draft-translation",
  scheduled: "test-article-scheduled-for-next-year",
} as const;
const frenchOnly = "test-article-published-in-french-only";
const linkedToDraftMeeting = "test-article-about-a-draft-meeting";
const hiddenTopic = "test-topic-of-the-draft";
const hiddenSlugs: string[] = Object.values(hidden);
const seededCount = seededNews.length;

async function everyPublicSlug(locale: AppLocale, filters: { region?: string; topic?: string } = {}) {
  const first = await listPublishedNews({ locale, page: 1, ...filters });
  const slugs = first.items.map((item) => item.slug);
  for (let page = 2; page <= first.pageCount; page += 1) {
    slugs.push(...(await listPublishedNews({ locale, page, ...filters })).items.map((item) => item.slug));
  }
  return { slugs, total: first.total, pageCount: first.pageCount };
}

beforeAll(async () => {
  const now = Date.now();
  const europe = await prisma.region.findUniqueOrThrow({ where: { code: "EUR" } });
  const training = await prisma.topic.findUniqueOrThrow({ where: { slug: "training" } });
  const secret = await prisma.topic.create({
    data: { slug: hiddenTopic, translations: { create: [{ locale: "en", name: "Secret topic" }] } },
  });
  const draftMeeting = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.draftMeeting } });
  // Newest of all, in Europe, on training: they would top every list if they leaked.
  const base = (slug: string, daysAhead = 0) => ({
    slug,
    regionId: europe.id,
    publishedAt: new Date(now + daysAhead * 86_400_000),
    topics: { create: [{ topicId: training.id }] },
  });
  const text = (title: string, status: "DRAFT" | "PUBLISHED", locale: "en" | "fr" = "en") => ({
    locale,
    title,
    excerpt: `${title} excerpt`,
    body: `${title} body`,
    status,
    publishedAt: status === "PUBLISHED" ? new Date(now) : null,
  });
  await prisma.newsArticle.create({
    data: {
      ...base(hidden.draft),
      status: "DRAFT",
      translations: { create: [text("Leaked draft", "PUBLISHED")] },
      topics: { create: [{ topicId: training.id }, { topicId: secret.id }] },
    },
  });
  await prisma.newsArticle.create({
    data: {
      ...base(hidden.draftTranslationOnly),
      status: "PUBLISHED",
      translations: { create: [text("Leaked draft translation", "DRAFT")] },
    },
  });
  await prisma.newsArticle.create({
    data: {
      ...base(hidden.scheduled, 1),
      status: "PUBLISHED",
      publishAt: new Date(now + 365 * 86_400_000),
      translations: { create: [text("Leaked scheduled article", "PUBLISHED")] },
    },
  });
  await prisma.newsArticle.create({
    data: {
      ...base(frenchOnly, -1),
      status: "PUBLISHED",
      translations: { create: [text("Article en français", "PUBLISHED", "fr")] },
    },
  });
  await prisma.newsArticle.create({
    data: {
      ...base(linkedToDraftMeeting, -3650 * 3),
      status: "PUBLISHED",
      meetingId: draftMeeting.id,
      translations: { create: [text("About a meeting still in draft", "PUBLISHED")] },
    },
  });
});

afterAll(() => prisma.$disconnect());

describe("only published news is public", () => {
  it("never lists drafts, draft-only translations or scheduled articles, in any locale", async () => {
    for (const locale of locales) {
      const all = await everyPublicSlug(locale);
      expect(all.slugs.filter((slug) => hiddenSlugs.includes(slug))).toEqual([]);
      expect(all.slugs).toHaveLength(all.total);
      expect(new Set(all.slugs).size).toBe(all.total);
      const filtered = await everyPublicSlug(locale, { region: "eur", topic: "training" });
      expect(filtered.slugs.filter((slug) => hiddenSlugs.includes(slug))).toEqual([]);
      const latest = await listLatestNews({ locale, take: 20 });
      expect(latest.filter((item) => hiddenSlugs.includes(item.slug))).toEqual([]);
    }
  });

  it("never returns them as articles", async () => {
    for (const slug of hiddenSlugs) {
      for (const locale of ["en", "es", "ar"] as const) {
        expect(await getPublishedNews({ locale, slug })).toBeNull();
      }
    }
    expect(await getPublishedNews({ locale: "en", slug: "no-such-article" })).toBeNull();
  });

  it("never puts them in the feed", async () => {
    for (const locale of locales) {
      const items = await listNewsForFeed({ locale });
      expect(items.filter((item) => hiddenSlugs.includes(item.slug))).toEqual([]);
      expect(items.length).toBeLessThanOrEqual(50);
    }
  });

  it("offers no topic that only a draft uses", async () => {
    const topics = await listTopics({ locale: "en" });
    expect(topics.map((t) => t.slug)).not.toContain(hiddenTopic);
    expect(topics.map((t) => t.slug)).toContain("training");
  });

  it("does not link a meeting that is still a draft", async () => {
    const article = await getPublishedNews({ locale: "en", slug: linkedToDraftMeeting });
    expect(article).not.toBeNull();
    expect(article?.meeting).toBeNull();
  });

  it("counts only what it shows: an article in French only is listed in French, not in English or Spanish", async () => {
    const french = await everyPublicSlug("fr");
    const english = await everyPublicSlug("en");
    const spanish = await everyPublicSlug("es");
    expect(french.slugs).toContain(frenchOnly);
    expect(english.slugs).not.toContain(frenchOnly);
    expect(spanish.slugs).not.toContain(frenchOnly);
    // The seed (all with English) plus the article about the draft meeting.
    expect(english.total).toBe(seededCount + 1);
    expect(french.total).toBe(seededCount + 2);
    expect(await getPublishedNews({ locale: "es", slug: frenchOnly })).toBeNull();
  });
});

describe("translations and English fallback", () => {
  it("shows the 2011 Brussels article in English to a Spanish visitor, marked as fallback", async () => {
    const article = await getPublishedNews({ locale: "es", slug: SEED_SLUGS.brussels2011News });
    expect(article).toMatchObject({
      contentLocale: "en",
      isFallback: true,
      title: "Regional structures compare notes in Brussels",
    });
    expect(article?.body).toContain("CLiKC!");
    const { items } = await listPublishedNews({ locale: "es", page: 1, topic: "e-learning" });
    expect(items.find((item) => item.slug === SEED_SLUGS.brussels2011News)).toMatchObject({
      isFallback: true,
      contentLocale: "en",
    });
  });

  it("shows the 2021 Bishkek article in Russian, with its meeting, structures, region and topics", async () => {
    const article = await getPublishedNews({ locale: "ru", slug: SEED_SLUGS.bishkek2021News });
    expect(article).toMatchObject({ contentLocale: "ru", isFallback: false });
    expect(article?.title).toContain("Бишкеке");
    expect(article?.meeting).toMatchObject({
      slug: SEED_SLUGS.bishkek2021,
      contentLocale: "ru",
      timeZone: "Asia/Bishkek",
    });
    expect(article?.region).toMatchObject({ code: "EUR", contentLocale: "ru" });
    expect(article?.topics.map((t) => t.slug).sort()).toEqual(["capacity-building", "data-analysis", "training"]);
    expect(article?.topics.every((t) => t.contentLocale === "ru")).toBe(true);
    const structures = article?.structures.map((s) => s.slug) ?? [];
    expect(structures[0]).toBe(SEED_SLUGS.rocbEurope);
    expect(structures).toEqual(expect.arrayContaining([SEED_SLUGS.rtcBishkek, SEED_SLUGS.rtcMoscow]));
    expect(article?.imageKey).toBeNull();
  });

  it("gives the feed in the visitor's language where translated, else in English", async () => {
    const items = await listNewsForFeed({ locale: "ru" });
    expect(items.find((i) => i.slug === SEED_SLUGS.bishkek2021News)).toMatchObject({
      contentLocale: "ru",
      isFallback: false,
    });
    expect(items.find((i) => i.slug === SEED_SLUGS.brussels2011News)).toMatchObject({
      contentLocale: "en",
      isFallback: true,
    });
  });

  it("names topics in the visitor's language", async () => {
    const topics = await listTopics({ locale: "es" });
    expect(topics.find((t) => t.slug === "training")).toMatchObject({ name: "Capacitación", contentLocale: "es" });
  });
});

describe("filters and pagination", () => {
  it("filters by region, in any case", async () => {
    const europe = await everyPublicSlug("en", { region: "eur" });
    const expected = await prisma.newsArticle.findMany({
      where: { region: { code: "EUR" }, slug: { notIn: [...hiddenSlugs, frenchOnly] } },
      select: { slug: true },
    });
    expect(europe.slugs.sort()).toEqual(expected.map((row) => row.slug).sort());
    expect((await listPublishedNews({ locale: "en", page: 1, region: "EUR" })).total).toBe(europe.total);
    const americas = await listPublishedNews({ locale: "en", page: 1, region: "ams" });
    expect(americas.items.map((i) => i.slug).sort()).toEqual([
      "americas-project-map-updated-2026",
      "americas-regional-office-opens-in-buenos-aires-2007",
    ]);
  });

  it("filters by topic, and by region and topic together", async () => {
    const integrity = await everyPublicSlug("en", { topic: "integrity" });
    expect(integrity.slugs).toEqual(["east-southern-africa-workshop-gender-diversity-2022"]);
    const both = await everyPublicSlug("en", { region: "eur", topic: "data-analysis" });
    expect(both.slugs).toEqual([SEED_SLUGS.bishkek2021News]);
    const none = await listPublishedNews({ locale: "en", page: 1, region: "mena", topic: "integrity" });
    expect(none).toEqual({ items: [], total: 0, pageCount: 0 });
    expect((await listPublishedNews({ locale: "en", page: 1, topic: "no-such-topic" })).total).toBe(0);
  });

  it("pages newest first, 12 at a time, without gaps or repeats", async () => {
    const first = await listPublishedNews({ locale: "en", page: 1 });
    const second = await listPublishedNews({ locale: "en", page: 2 });
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(first.total / PAGE_SIZE));
    expect(first.pageCount).toBe(2);
    expect(second.items).toHaveLength(first.total - PAGE_SIZE);
    const dates = [...first.items, ...second.items].map((item) => item.publishedAt?.getTime() ?? 0);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set([...first.items, ...second.items].map((i) => i.slug)).size).toBe(first.total);
    expect((await listPublishedNews({ locale: "en", page: 3 })).items).toEqual([]);
  });
});

describe("a fixed number of queries, however many rows", () => {
  it("lists a full page with as many queries as a filtered page of one article", async () => {
    await listPublishedNews({ locale: "fr", page: 1 }); // warm up the connection
    const full = await countQueries(() => listPublishedNews({ locale: "fr", page: 1 }));
    const small = await countQueries(() => listPublishedNews({ locale: "fr", page: 1, topic: "integrity" }));
    expect(full.result.items).toHaveLength(PAGE_SIZE);
    expect(small.result.items).toHaveLength(1);
    expect(full.queries).toBe(small.queries);
    expect(full.queries).toBeLessThanOrEqual(6);
    console.info(`news list: ${full.queries} queries per page`);
  });

  it("reads an article with 6 structures with as many queries as one with 2", async () => {
    const big = await countQueries(() => getPublishedNews({ locale: "en", slug: SEED_SLUGS.bishkek2021News }));
    const small = await countQueries(() =>
      getPublishedNews({ locale: "en", slug: "europe-e-learning-administrators-trained-2025" }),
    );
    expect(big.result?.structures).toHaveLength(6);
    expect(small.result?.structures).toHaveLength(2);
    expect(big.queries).toBe(small.queries);
    expect(big.queries).toBeLessThanOrEqual(14);
    console.info(`news article: ${big.queries} queries`);
  });

  it("builds the feed and the topic list with a fixed number of queries", async () => {
    const feed = await countQueries(() => listNewsForFeed({ locale: "ru" }));
    const home = await countQueries(() => listLatestNews({ locale: "ru", take: 1 }));
    expect(feed.result.length).toBeGreaterThan(10);
    expect(feed.queries).toBe(home.queries);
    const topics = await countQueries(() => listTopics({ locale: "ru" }));
    expect(topics.queries).toBeLessThanOrEqual(2);
    console.info(`news feed: ${feed.queries} queries; topics: ${topics.queries}`);
  });
});
