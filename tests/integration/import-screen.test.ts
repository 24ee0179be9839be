// Issue 23, the staff screen's steps: the preview writes nothing and tells
// new, unchanged and changed items apart; the user's explicit pairing makes
// two items one record's translations; an update offered by a re-import is
// applied or set aside by staff who may edit the draft; and staff never
// change another region's imported draft through a source of the same name.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { decideImportUpdate, listImportUpdates } from "@/lib/data/imports/manage-import-updates";
import { importChosen, previewImport } from "@/lib/data/imports/preview-import";
import { NotFoundError } from "@/lib/errors/app-errors";
import { readUploads } from "@/lib/import/read-sources";
import type { ImportItem } from "@/lib/import/types";
import { demoUsers, otherRegionStaff } from "../support/test-users";

let users: Awaited<ReturnType<typeof demoUsers>>;
beforeAll(async () => {
  users = await demoUsers();
});

const englishText = [
  "Customs laboratories meet in Baku",
  "Date: 2019-04-20",
  "Language: en",
  "",
  "The Regional Workshop on customs laboratories took place on 16-18 April 2019 in Baku, Azerbaijan.",
].join("\n");
const russianText = [
  "Таможенные лаборатории собрались в Баку",
  "Date: 2019-04-20",
  "Language: ru",
  "",
  "С 16 по 18 апреля 2019 года в Баку прошёл региональный семинар по таможенным лабораториям.",
].join("\n");

describe("the import screen", () => {
  it("previews uploaded files without writing, then imports the items kept with the pair the user chose", async () => {
    const { items, failures } = await readUploads(
      [
        { name: "labs-en.txt", text: englishText },
        { name: "labs-ru.txt", text: russianText },
        { name: "broken.xml", text: "<rss><channel><item>" },
      ],
      null,
    );
    expect(failures.map((f) => f.source)).toEqual(["broken.xml"]);
    const before = await prisma.newsArticle.count();
    const preview = await previewImport({ actor: users.staffEurope, items, failures });
    expect(await prisma.newsArticle.count()).toBe(before);
    expect(preview.rows.map((r) => [r.title, r.status])).toEqual([
      ["Customs laboratories meet in Baku", "new"],
      ["Таможенные лаборатории собрались в Баку", "new"],
    ]);
    // File names do not pair them: two records until the user says so.
    expect(preview.rows[0].record).not.toBe(preview.rows[1].record);
    expect(preview.rows[0].meeting).toMatchObject({ kind: "WORKSHOP", startDate: "2019-04-16", city: "Baku" });
    // The item's text is shown beside the fields, its evidence in it.
    expect(preview.rows[0].meeting?.text).toContain(preview.rows[0].meeting!.evidence.startDate);

    const outcomes = await importChosen({ actor: users.staffEurope, items, keep: [0, 1], pairs: { 1: 0 } });
    expect(outcomes).toHaveLength(1);
    const article = await prisma.newsArticle.findUniqueOrThrow({
      where: { id: outcomes[0].articleId },
      select: { status: true, regionId: true, translations: { select: { locale: true } } },
    });
    expect(article.status).toBe("DRAFT");
    expect(article.regionId).toBe(users.staffEurope.regionId);
    expect(article.translations.map((t) => t.locale).sort()).toEqual(["en", "ru"]);

    const again = await previewImport({ actor: users.staffEurope, items, failures: [] });
    expect(again.rows.map((r) => r.status)).toEqual(["unchanged", "unchanged"]);
  });

  it("a meeting draft takes its city's time zone, and the people named go with their attendee, never public", async () => {
    const { items } = await readUploads(
      [
        {
          name: "baku-workshop.txt",
          text: [
            "Risk management workshop in Baku",
            "Language: en",
            "",
            "A workshop on risk management was held on 7-9 November 2023 in Baku, Azerbaijan. It was organized by ROCB Europe.",
            "Mr. Ivan Lebedev, Head of ROCB Europe, welcomed the experts.",
          ].join("\n"),
        },
      ],
      null,
    );
    const [outcome] = await importChosen({ actor: users.admin, items, keep: [0], pairs: {} });
    const meeting = await prisma.meeting.findUniqueOrThrow({
      where: { id: outcome.meetingId! },
      include: { attendees: { include: { people: true, structure: true } } },
    });
    expect(meeting.timeZone).toBe("Asia/Baku");
    // 09:00 in Baku (UTC+4) is 05:00 UTC.
    expect(meeting.startsAt.toISOString()).toBe("2023-11-07T05:00:00.000Z");
    const organizer = meeting.attendees.find((a) => a.role === "ORGANIZER")!;
    expect(organizer.structure?.slug).toBe("rocb-europe");
    expect(organizer.people).toEqual([
      expect.objectContaining({ fullName: "Ivan Lebedev", jobTitle: "Head of ROCB Europe", publicConsent: false }),
    ]);
  });

  it("an item's image is imported when reachable; when not, the draft is made without it and the reason kept", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const asked: [string, string | null][] = [];
    const item = (n: number): ImportItem => ({
      source: `https://rocb.example.org/en/news/pictured-${n}`,
      sourceUrl: `https://rocb.example.org/en/news/pictured-${n}`,
      title: `A pictured visit ${n}`,
      language: "en",
      publishedOn: null,
      body: "Officers visited the laboratory.",
      translationGroup: null,
      images: ["/images/visit.png"],
    });
    const [pictured] = await importChosen({
      actor: users.admin,
      items: [item(1)],
      keep: [0],
      pairs: {},
      loadImage: async (src, base) => {
        asked.push([src, base]);
        return { bytes: png, kind: "png" };
      },
    });
    expect(asked).toEqual([["/images/visit.png", "https://rocb.example.org/en/news/pictured-1"]]);
    const { imageKey } = await prisma.newsArticle.findUniqueOrThrow({ where: { id: pictured.articleId } });
    expect(imageKey).toMatch(new RegExp(`^news/${pictured.articleId}/[a-f0-9]{24}\\.png$`));

    const [unreachable] = await importChosen({
      actor: users.admin,
      items: [item(2)],
      keep: [0],
      pairs: {},
      loadImage: async () => {
        throw new Error("the address is private or local, and is not read");
      },
    });
    expect(unreachable.status).toBe("created");
    expect(unreachable.imageFailure).toMatch(/private or local/);
    expect((await prisma.newsArticle.findUniqueOrThrow({ where: { id: unreachable.articleId } })).imageKey).toBeNull();
  });

  it("imports only the items kept", async () => {
    const { items } = await readUploads(
      [
        { name: "kept.txt", text: "A kept item\n\nA short note about a visit." },
        { name: "left.txt", text: "A left item\n\nAnother short note." },
      ],
      null,
    );
    const outcomes = await importChosen({ actor: users.admin, items, keep: [0], pairs: {} });
    expect(outcomes.map((o) => o.source)).toEqual(["kept.txt"]);
    expect(await prisma.importedItem.count({ where: { sourceKey: "left.txt" } })).toBe(0);
  });

  it("a meeting as staff reviewed it: fields edited kept, a meeting refused not made, a number kept with or without its series", async () => {
    const text = (title: string, sentence: string) => [title, "Language: en", "", sentence].join("\n");
    const { items } = await readUploads(
      [
        {
          name: "forty-first.txt",
          text: text(
            "Regional structures meet again",
            "The 41st Meeting of the Regional Structures of the Europe Region was held on 4-6 May 2026 in Bishkek, Kyrgyzstan.",
          ),
        },
        {
          name: "fifth-workshop.txt",
          text: text(
            "Risk workshop",
            "The 5th Regional Workshop on risk profiles was held on 7-9 November 2023 in Baku, Azerbaijan.",
          ),
        },
        {
          name: "not-a-meeting.txt",
          text: text("Trainers meet", "A meeting of trainers was held on 2-3 March 2022 in Tbilisi, Georgia."),
        },
      ],
      null,
    );
    const preview = await previewImport({ actor: users.staffEurope, items, failures: [] });
    expect(preview.rows.map((r) => r.meeting?.seriesNumber ?? null)).toEqual([41, 5, null]);
    expect(preview.rows[0].meeting?.evidence.startDate).toContain("4-6 May 2026");

    const outcomes = await importChosen({
      actor: users.staffEurope,
      items,
      keep: [0, 1, 2],
      pairs: {},
      reviews: {
        0: {
          kind: "REGIONAL_STRUCTURES_MEETING",
          seriesNumber: 41,
          startDate: "2026-05-04",
          endDate: "2026-05-07",
          format: "HYBRID",
          city: "Almaty",
          country: "KZ",
        },
        2: null,
      },
    });
    const meetings = await prisma.meeting.findMany({
      where: { id: { in: outcomes.map((o) => o.meetingId).filter((id): id is string => !!id) } },
      select: { id: true, number: true, city: true, countryCode: true, format: true, timeZone: true, series: true },
    });
    const reviewed = meetings.find((m) => m.id === outcomes[0].meetingId)!;
    expect(reviewed).toMatchObject({ number: 41, city: "Almaty", countryCode: "KZ", format: "HYBRID" });
    expect(reviewed.series?.slug).toBe("regional-structures-europe");
    // No series of workshops: the number is kept, and the editor asks for the series.
    const workshop = meetings.find((m) => m.id === outcomes[1].meetingId)!;
    expect(workshop).toMatchObject({ number: 5, series: null });
    expect(outcomes[2].meetingId).toBeNull();
    expect(outcomes[2].status).toBe("created");
  });

  it("two imports taking the same series number at once: both made, the second keeps the number without a series", async () => {
    const report = (n: number) =>
      [
        `Regional structures gather, report ${n}`,
        "Language: en",
        "",
        "The 47th Meeting of the Regional Structures of the Europe Region was held on 8-10 June 2026 in Bishkek, Kyrgyzstan.",
      ].join("\n");
    const [first, second] = await Promise.all(
      [1, 2].map(async (n) => {
        const { items } = await readUploads([{ name: `forty-seventh-${n}.txt`, text: report(n) }], null);
        return importChosen({ actor: users.staffEurope, items, keep: [0], pairs: {} });
      }),
    );
    const meetings = await prisma.meeting.findMany({
      where: { id: { in: [first[0].meetingId!, second[0].meetingId!] } },
      select: { number: true, series: { select: { slug: true } } },
    });
    expect(meetings).toHaveLength(2);
    expect(meetings.map((m) => m.number)).toEqual([47, 47]);
    expect(meetings.map((m) => m.series?.slug ?? null).sort()).toEqual([null, "regional-structures-europe"]);
  });

  it("RTC representatives can neither preview nor import", async () => {
    await expect(previewImport({ actor: users.rtcBishkek, items: [], failures: [] })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(importChosen({ actor: users.rtcBishkek, items: [], keep: [], pairs: {} })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe("updates offered by a re-import", () => {
  const item = (body: string): ImportItem => ({
    source: "https://rocb.example.org/en/news/border-agencies-day",
    sourceUrl: "https://rocb.example.org/en/news/border-agencies-day",
    title: "Border agencies day",
    language: "en",
    publishedOn: "2022-03-01",
    body,
    translationGroup: null,
    images: [],
  });

  it("are listed for staff of the draft's region, applied to the draft, and then gone", async () => {
    const [first] = await importChosen({
      actor: users.staffEurope,
      items: [item("Officers of four agencies met at the border post.")],
      keep: [0],
      pairs: {},
    });
    const [second] = await importChosen({
      actor: users.staffEurope,
      items: [item("Officers of five agencies met at the border post.")],
      keep: [0],
      pairs: {},
    });
    expect(second.status).toBe("update-offered");
    const updates = await listImportUpdates({ actor: users.staffEurope });
    const offered = updates.find((u) => u.articleId === first.articleId)!;
    expect(offered).toBeTruthy();
    expect((await listImportUpdates({ actor: await otherRegionStaff() })).map((u) => u.id)).not.toContain(offered.id);
    await expect(
      decideImportUpdate({ actor: await otherRegionStaff(), id: offered.id, decision: "apply" }),
    ).rejects.toBeInstanceOf(NotFoundError);

    const version = (await prisma.newsArticle.findUniqueOrThrow({ where: { id: first.articleId } })).version;
    await decideImportUpdate({ actor: users.staffEurope, id: offered.id, decision: "apply" });
    const text = await prisma.newsTranslation.findUniqueOrThrow({
      where: { articleId_locale: { articleId: first.articleId, locale: "en" } },
    });
    expect(text.body).toBe("Officers of five agencies met at the border post.");
    expect((await prisma.newsArticle.findUniqueOrThrow({ where: { id: first.articleId } })).version).toBe(version + 1);
    expect((await listImportUpdates({ actor: users.staffEurope })).map((u) => u.id)).not.toContain(offered.id);
    // The source as applied is now the one remembered: importing it again changes nothing.
    const [third] = await importChosen({
      actor: users.staffEurope,
      items: [item("Officers of five agencies met at the border post.")],
      keep: [0],
      pairs: {},
    });
    expect(third.status).toBe("unchanged");
  });

  it("keeping the draft leaves its text as it was", async () => {
    const source = {
      ...item("Two agencies signed a memorandum."),
      source: "a.txt",
      sourceUrl: "https://rocb.example.org/en/news/memo",
    };
    const [first] = await importChosen({ actor: users.admin, items: [source], keep: [0], pairs: {} });
    await importChosen({
      actor: users.admin,
      items: [{ ...source, body: "Three agencies signed a memorandum." }],
      keep: [0],
      pairs: {},
    });
    const offered = (await listImportUpdates({ actor: users.admin })).find((u) => u.articleId === first.articleId)!;
    await decideImportUpdate({ actor: users.admin, id: offered.id, decision: "keep" });
    const text = await prisma.newsTranslation.findUniqueOrThrow({
      where: { articleId_locale: { articleId: first.articleId, locale: "en" } },
    });
    expect(text.body).toBe("Two agencies signed a memorandum.");
  });

  it("staff of another region importing a source of the same address change nothing of that draft", async () => {
    const source = {
      ...item("Customs dogs were trained."),
      sourceUrl: "https://rocb.example.org/en/news/dogs",
      source: "dogs",
    };
    const [first] = await importChosen({ actor: users.staffEurope, items: [source], keep: [0], pairs: {} });
    const asia = await otherRegionStaff();
    const russian = { ...source, language: "ru" as const, title: "Собаки", body: "Обучение кинологов." };
    const [other] = await importChosen({
      actor: asia,
      items: [{ ...source, body: "Something else." }, russian],
      keep: [0, 1],
      pairs: {},
    });
    expect(other).toMatchObject({ status: "other-region", articleId: first.articleId });
    const row = await prisma.importedItem.findFirstOrThrow({ where: { articleId: first.articleId, locale: "en" } });
    expect(row.pendingHash).toBeNull();
    expect(await prisma.newsTranslation.count({ where: { articleId: first.articleId } })).toBe(1);
  });
});
