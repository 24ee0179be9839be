// Issue 23: imported news items become drafts, never public; a record per
// set of translations; importing again changes nothing; a changed item is
// offered as an update; only administrators and ROCB staff (for their
// region) import.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { createImportDrafts } from "@/lib/data/imports/create-import-drafts";
import { loadImportDirectory } from "@/lib/data/imports/load-import-directory";
import { getPublishedMeeting } from "@/lib/data/meetings/get-published-meeting";
import { getPublishedNews } from "@/lib/data/news/get-news";
import { pairTranslations } from "@/lib/import/pair-translations";
import { readSources } from "@/lib/import/read-sources";
import type { ImportDirectory, ImportItem } from "@/lib/import/types";
import { demoUsers, otherRegionStaff } from "../support/test-users";

const fixture = (name: string) => path.resolve("tests/fixtures/import", name);
let users: Awaited<ReturnType<typeof demoUsers>>;
let directory: ImportDirectory;

beforeAll(async () => {
  users = await demoUsers();
  directory = await loadImportDirectory(prisma);
});

async function records(...names: string[]) {
  const { items, failures } = await readSources(names.map(fixture));
  return { records: pairTranslations(items), failures, items };
}

describe("an RSS feed, a WordPress export with an English/Russian pair and a folder of text items", () => {
  it("become linked drafts, a record per set of translations, and nothing is public", async () => {
    const { records: recs, failures } = await records("news-rss.xml", "export-wxr.xml", "text-items");
    expect(failures).toEqual([]);
    const outcomes = await createImportDrafts({ db: prisma, importer: users.admin, records: recs, directory });
    expect(outcomes.map((o) => o.status)).toEqual(Array(recs.length).fill("created"));

    const pair = outcomes.find((o) => o.source === "https://rocb.example.org/en/2022/09/12th-meeting/")!;
    expect(pair.locales).toEqual(["en", "ru"]);
    const article = await prisma.newsArticle.findUniqueOrThrow({
      where: { id: pair.articleId },
      include: { translations: true, region: true },
    });
    expect(article.status).toBe("DRAFT");
    expect(article.region?.code).toBe("EUR");
    expect(article.translations.map((t) => [t.locale, t.status]).sort()).toEqual([
      ["en", "DRAFT"],
      ["ru", "DRAFT"],
    ]);
    expect(article.translations.find((t) => t.locale === "ru")?.body).toContain("12-е совещание");

    const meeting = await prisma.meeting.findUniqueOrThrow({
      where: { id: pair.meetingId! },
      include: {
        translations: true,
        attendees: { include: { structure: true } },
        outcomes: { include: { translations: true } },
        hostStructure: true,
      },
    });
    expect(meeting).toMatchObject({
      status: "DRAFT",
      kind: "REGIONAL_STRUCTURES_MEETING",
      number: 12,
      city: "Astana",
      countryCode: "KZ",
      format: "IN_PERSON",
    });
    expect(meeting.startsAt.toISOString().slice(0, 10)).toBe("2022-09-27");
    expect(meeting.endsAt.toISOString().slice(0, 10)).toBe("2022-09-29");
    expect(meeting.hostStructure?.slug).toBe("rtc-astana");
    expect(meeting.translations.map((t) => t.status)).toEqual(["DRAFT", "DRAFT"]);
    expect(meeting.outcomes[0]).toMatchObject({ kind: "DECISION" });
    expect(meeting.outcomes[0].translations[0].text).toMatch(/decided to open the regional e-learning platform/);

    // An item that reports no meeting makes an article alone.
    const plain = outcomes.find((o) => o.source.endsWith("/e-learning-catalogue"))!;
    expect(plain.meetingId).toBeNull();

    // No imported content is public until staff publish it.
    for (const o of outcomes) {
      const { slug } = await prisma.newsArticle.findUniqueOrThrow({
        where: { id: o.articleId },
        select: { slug: true },
      });
      expect(await getPublishedNews({ locale: "en", slug })).toBeNull();
      if (o.meetingId) {
        const m = await prisma.meeting.findUniqueOrThrow({ where: { id: o.meetingId }, select: { slug: true } });
        expect(await getPublishedMeeting({ locale: "en", slug: m.slug })).toBeNull();
      }
    }
  });

  it("importing the same sources again changes nothing", async () => {
    const before = [await prisma.newsArticle.count(), await prisma.meeting.count(), await prisma.importedItem.count()];
    const { records: recs } = await records("news-rss.xml", "export-wxr.xml", "text-items");
    const outcomes = await createImportDrafts({ db: prisma, importer: users.admin, records: recs, directory });
    expect(new Set(outcomes.map((o) => o.status))).toEqual(new Set(["unchanged"]));
    expect([await prisma.newsArticle.count(), await prisma.meeting.count(), await prisma.importedItem.count()]).toEqual(
      before,
    );
  });

  it("a changed item is offered as an update, and the draft is left as it was", async () => {
    const { items } = await readSources([fixture("news-rss.xml")]);
    const changed: ImportItem[] = items.map((i, n) =>
      n === 0 ? { ...i, body: `${i.body}\n\nA correction was added later.` } : i,
    );
    const outcomes = await createImportDrafts({
      db: prisma,
      importer: users.admin,
      records: pairTranslations(changed),
      directory,
    });
    expect(outcomes.map((o) => o.status)).toEqual(["update-offered", "unchanged"]);
    const row = await prisma.importedItem.findUniqueOrThrow({
      where: { sourceKey_locale: { sourceKey: items[0].sourceUrl!, locale: "en" } },
    });
    expect(row.pendingUpdate).toMatchObject({ body: expect.stringContaining("A correction was added later.") });
    const text = await prisma.newsTranslation.findUniqueOrThrow({
      where: { articleId_locale: { articleId: row.articleId, locale: "en" } },
    });
    expect(text.body).not.toContain("A correction");
  });

  it("a translation imported later joins its record", async () => {
    const english: ImportItem = {
      source: "https://rocb.example.org/en/news/ninth-meeting",
      sourceUrl: "https://rocb.example.org/en/news/ninth-meeting",
      title: "Ninth meeting of the regional structures",
      language: "en",
      publishedOn: "2020-06-01",
      body: "The 9th Meeting of the Regional Structures of the Europe Region was held on 26-27 May 2020 in Moscow.",
      translationGroup: null,
      images: [],
    };
    const [first] = await createImportDrafts({
      db: prisma,
      importer: users.admin,
      records: pairTranslations([english]),
      directory,
    });
    const russian: ImportItem = {
      ...english,
      source: "https://rocb.example.org/ru/news/ninth-meeting",
      sourceUrl: "https://rocb.example.org/ru/news/ninth-meeting",
      title: "Девятое совещание региональных структур",
      language: "ru",
      body: "26–27 мая 2020 г. в Москве прошло 9-е совещание региональных структур Европейского региона.",
    };
    const [second] = await createImportDrafts({
      db: prisma,
      importer: users.admin,
      records: pairTranslations([english, russian]),
      directory,
    });
    expect(second).toMatchObject({ status: "translation-added", articleId: first.articleId });
    const locales = await prisma.newsTranslation.findMany({
      where: { articleId: first.articleId },
      select: { locale: true },
    });
    expect(locales.map((l) => l.locale).sort()).toEqual(["en", "ru"]);
  });
});

describe("who imports", () => {
  const item = (n: number): ImportItem => ({
    source: `permissions-${n}.txt`,
    sourceUrl: null,
    title: `Workshop in Nairobi number ${n}`,
    language: "en",
    publishedOn: "2021-01-10",
    body: `A workshop on transit was held in Nairobi on 5-6 January 2021, organized by the ROCB ESA (${n}).`,
    translationGroup: null,
    images: [],
  });

  it("ROCB staff import into their own region, whatever the text proposes", async () => {
    const [outcome] = await createImportDrafts({
      db: prisma,
      importer: users.staffEurope,
      records: pairTranslations([item(1)]),
      directory,
    });
    const article = await prisma.newsArticle.findUniqueOrThrow({
      where: { id: outcome.articleId },
      select: { regionId: true, createdById: true },
    });
    expect(article).toEqual({ regionId: users.staffEurope.regionId, createdById: users.staffEurope.id });
    const meeting = await prisma.meeting.findUniqueOrThrow({
      where: { id: outcome.meetingId! },
      select: { regionId: true, city: true },
    });
    expect(meeting).toEqual({ regionId: users.staffEurope.regionId, city: "Nairobi" });
  });

  it("an administrator's import takes the region the text proposes", async () => {
    const [outcome] = await createImportDrafts({
      db: prisma,
      importer: users.admin,
      records: pairTranslations([item(2)]),
      directory,
    });
    const article = await prisma.newsArticle.findUniqueOrThrow({
      where: { id: outcome.articleId },
      select: { region: { select: { code: true } } },
    });
    expect(article.region?.code).toBe("ESA");
  });

  it("RTC representatives may not import, and nothing is written", async () => {
    const before = await prisma.newsArticle.count();
    await expect(
      createImportDrafts({ db: prisma, importer: users.rtcBishkek, records: pairTranslations([item(3)]), directory }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma.newsArticle.count()).toBe(before);
  });

  it("staff of another region import into theirs", async () => {
    const asia = await otherRegionStaff();
    const [outcome] = await createImportDrafts({
      db: prisma,
      importer: asia,
      records: pairTranslations([item(4)]),
      directory,
    });
    const article = await prisma.newsArticle.findUniqueOrThrow({
      where: { id: outcome.articleId },
      select: { regionId: true },
    });
    expect(article.regionId).toBe(asia.regionId);
  });
});
