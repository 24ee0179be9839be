import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

process.env.UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "portal-news-uploads-"));

import { changeNewsPublicationAction, createNewsAction, updateNewsAction } from "@/lib/actions/news";
import { previewMarkdownAction } from "@/lib/actions/markdown";
import { createNewsArticle } from "@/lib/data/news/save-news";
import { newFormToken } from "@/lib/data/create-once";
import type { FormState } from "@/lib/actions/form-state";
import { prisma } from "@/lib/db/client";
import { countQueries } from "../support/queries";
import { imageAudience } from "@/lib/data/get-image-audience";
import { listLatestNews } from "@/lib/data/news/list-news";
import { getStaffNewsArticle, listStaffNews, staffNewsPageSize } from "@/lib/data/news/list-staff-news";
import type { NewsSaveResult } from "@/lib/data/news/save-news";
import type { SessionUser } from "@/lib/data/users/find-session-user";
import { getStorage } from "@/lib/storage/storage";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { exeBytes, fileOf, formDataOf, pngBytes } from "../support/form-data";
import { newsEditForm, newsSnapshot, publishNews } from "../support/staff-forms";
import { createdId } from "../support/redirects";
import { setTestUser } from "../support/test-session";
import { demoUsers, otherRegionStaff, otherRtcRep } from "../support/test-users";

type Users = Awaited<ReturnType<typeof demoUsers>> & { staffAsia: SessionUser; rtcBudapest: SessionUser };
let users: Users;
let europeId: string;
let asiaId: string;
let europeMeetingId: string;
let asiaMeetingId: string;
let topicIds: string[];
let bishkekId: string;

const saved = (state: FormState<unknown>) => {
  expect(state, JSON.stringify(state)).toMatchObject({ ok: true });
  return (state as { data: NewsSaveResult }).data;
};

const articleRows = newsSnapshot;
const editForm = newsEditForm;

function createForm(title: string, extra: Record<string, string | string[] | Blob> = {}) {
  return formDataOf({
    formToken: newFormToken(),
    regionId: europeId,
    "t.en.title": title,
    "t.en.excerpt": "A short summary.",
    "t.en.body": "Some **Markdown** text.",
    ...extra,
  });
}

/** Creates through the form: the id of the article the server then opens. */
const created = async (form: FormData) => ({ id: await createdId(createNewsAction(null, form)) });

async function newDraft(title: string) {
  setTestUser(users.staffEurope);
  const { id } = await created(createForm(title));
  setTestUser(null);
  return id;
}

beforeAll(async () => {
  users = { ...(await demoUsers()), staffAsia: await otherRegionStaff(), rtcBudapest: await otherRtcRep() };
  europeId = (await prisma.region.findUniqueOrThrow({ where: { code: "EUR" } })).id;
  asiaId = (await prisma.region.findUniqueOrThrow({ where: { code: "AP" } })).id;
  europeMeetingId = (await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.bishkek2021 } })).id;
  asiaMeetingId = (await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.upcomingWorkshopAsiaPacific } }))
    .id;
  topicIds = (await prisma.topic.findMany({ take: 2, orderBy: { slug: "asc" } })).map((t) => t.id);
  bishkekId = (await prisma.structure.findUniqueOrThrow({ where: { slug: SEED_SLUGS.rtcBishkek } })).id;
});

afterEach(() => setTestUser(null));

describe("creating news", () => {
  it("lets Europe's ROCB staff create a draft in their region, with a slug from the English title, links and an audit entry", async () => {
    setTestUser(users.staffEurope);
    const result = await created(
      createForm("Trainers' Forum in Baku — 2026!", {
        meetingId: europeMeetingId,
        structureIds: [bishkekId],
        topicIds,
        "t.ru.title": "Форум тренеров",
      }),
    );
    const row = (await articleRows(result.id))!;
    expect(row.slug).toBe("trainers-forum-in-baku-2026");
    expect(row).toMatchObject({
      status: "DRAFT",
      regionId: europeId,
      meetingId: europeMeetingId,
      createdById: users.staffEurope.id,
      version: 1,
    });
    expect(row.translations.map((t) => [t.locale, t.status])).toEqual([
      ["en", "DRAFT"],
      ["ru", "DRAFT"],
    ]);
    expect(row.structures.map((s) => s.structureId)).toEqual([bishkekId]);
    expect(row.topics).toHaveLength(2);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: "NewsArticle", entityId: result.id } });
    expect(audit).toMatchObject({ action: "news.create", actorId: users.staffEurope.id });
    expect(JSON.stringify(audit.after)).toContain("Trainers' Forum in Baku");

    const again = await created(createForm("Trainers' Forum in Baku — 2026!"));
    expect((await articleRows(again.id))!.slug).toBe("trainers-forum-in-baku-2026-2");
    // The pages a new article touches are named for invalidation (the data function's answer).
    const direct = await createNewsArticle({
      actor: users.staffEurope,
      formToken: newFormToken(),
      input: {
        regionId: europeId,
        meetingId: europeMeetingId,
        structureIds: [],
        topicIds: [],
        publishAt: null,
        publishedAt: null,
        slug: undefined,
        image: undefined,
        t: { en: { title: "Tags of a new article", excerpt: "", body: "", imageAlt: "" } },
      },
    });
    expect("tags" in direct && direct.tags).toEqual(
      expect.arrayContaining(["news", `news:${direct.id}`, "meetings", `meeting:${europeMeetingId}`]),
    );
  });

  it("creates one article however often the same form is sent", async () => {
    setTestUser(users.staffEurope);
    const form = createForm("Sent twice article");
    const first = await created(form);
    const second = await created(form);
    expect(second.id).toBe(first.id);
    expect(await prisma.newsArticle.count({ where: { translations: { some: { title: "Sent twice article" } } } })).toBe(
      1,
    );
  });

  it("refuses anonymous visitors, RTC representatives and staff of another region, creating nothing", async () => {
    const before = await prisma.newsArticle.count();
    setTestUser(null);
    expect(await createNewsAction(null, createForm("Anonymous news"))).toMatchObject({
      ok: false,
      message: expect.stringContaining("Sign in again"),
    });
    setTestUser(users.rtcBishkek);
    expect(await createNewsAction(null, createForm("RTC news"))).toMatchObject({
      ok: false,
      message: expect.stringContaining("not allowed"),
    });
    setTestUser(users.staffAsia);
    expect(await createNewsAction(null, createForm("Asia staff writing for Europe"))).toMatchObject({
      ok: false,
      message: expect.stringContaining("not allowed"),
    });
    setTestUser(users.staffEurope);
    expect(
      await createNewsAction(null, createForm("Europe staff writing for Asia", { regionId: asiaId })),
    ).toMatchObject({ ok: false });
    expect(await createNewsAction(null, createForm("Global news by regional staff", { regionId: "" }))).toMatchObject({
      ok: false,
    });
    expect(await prisma.newsArticle.count()).toBe(before);
  });

  it("gives field errors for bad input and saves nothing", async () => {
    const before = await prisma.newsArticle.count();
    setTestUser(users.staffEurope);
    const result = await createNewsAction(
      null,
      createForm("", {
        publishAt: "2026-13-45T10:00",
        slug: "Not A Slug",
        "t.fr.body": "Texte sans titre",
        meetingId: "NOT AN ID",
      }),
    );
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Nothing was saved") });
    const errors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(errors["t.en.title"]).toEqual(["This field is required."]);
    expect(errors["t.fr.title"]).toEqual(["This field is required."]);
    expect(errors.publishAt).toEqual(["Enter a valid date."]);
    expect(errors.slug).toEqual(["Use lower-case letters, digits and hyphens only."]);
    expect(errors.meetingId).toBeDefined();
    expect((result as { values: Record<string, unknown> }).values["t.fr.body"]).toBe("Texte sans titre");
    const outOfScopeMeeting = await createNewsAction(null, createForm("Linked to Asia", { meetingId: asiaMeetingId }));
    expect(outOfScopeMeeting).toMatchObject({ ok: false, fieldErrors: { meetingId: ["This value is not valid."] } });
    expect(await prisma.newsArticle.count()).toBe(before);
  });

  it("checks images by their content and size, stores good ones and serves them only when allowed", async () => {
    setTestUser(users.staffEurope);
    const before = await prisma.newsArticle.count();
    const disguised = await createNewsAction(
      null,
      createForm("Disguised executable", { image: fileOf(exeBytes, "photo.png", "image/png") }),
    );
    expect(disguised).toMatchObject({ ok: false, fieldErrors: { image: ["This type of file is not accepted."] } });
    const big = new Uint8Array(2 * 1024 * 1024 + 10);
    big.set(pngBytes);
    const tooLarge = await createNewsAction(
      null,
      createForm("Huge image", { image: fileOf(big, "big.png", "image/png") }),
    );
    expect(tooLarge).toMatchObject({ ok: false, fieldErrors: { image: ["The file is larger than 2 MB."] } });
    expect(await prisma.newsArticle.count()).toBe(before);

    // A real PNG named .txt is still a PNG.
    const result = await created(
      createForm("With a picture", {
        image: fileOf(pngBytes, "picture.txt", "text/plain"),
        "t.en.imageAlt": "A classroom",
      }),
    );
    const row = (await articleRows(result.id))!;
    expect(row.imageKey).toMatch(new RegExp(`^news/${result.id}/[a-f0-9]{24}\\.png$`));
    expect(await getStorage().get(row.imageKey!)).toEqual(pngBytes);

    const asAnonymous = () => Promise.resolve(null);
    expect(await imageAudience(row.imageKey!, asAnonymous)).toBeNull(); // a draft's image is not public
    expect(await imageAudience(row.imageKey!, async () => users.staffEurope)).toBe("staff");
    expect(await imageAudience(row.imageKey!, async () => users.staffAsia)).toBeNull();
    expect(await imageAudience(`news/${result.id}/${"0".repeat(24)}.png`, async () => users.admin)).toBeNull(); // not the current key
    expect(await imageAudience("../../etc/passwd", async () => users.admin)).toBeNull();

    saved(await publishNews(result.id, "publish", ["en"]));
    expect(await imageAudience(row.imageKey!, asAnonymous)).toBe("public");

    // Replacing the image removes the old file.
    saved(await updateNewsAction(null, await editForm(result.id, { image: fileOf(pngBytes, "new.png", "image/png") })));
    const replaced = (await articleRows(result.id))!;
    expect(replaced.imageKey).not.toBe(row.imageKey);
    expect(await getStorage().get(row.imageKey!)).toBeNull();
  });
});

describe("editing and publishing news", () => {
  it("says what will become public, then publishes per translation: English, a Spanish reader gets the fallback; unpublishing hides it", async () => {
    const id = await newDraft("Publishing journey article");
    expect((await listLatestNews({ locale: "en", take: 100 })).map((n) => n.id)).not.toContain(id);
    setTestUser(users.staffEurope);
    saved(await updateNewsAction(null, await editForm(id, { "t.es.title": "Borrador español" })));
    // A save never publishes.
    expect((await articleRows(id))!).toMatchObject({ status: "DRAFT", publishedAt: null });
    const { version } = (await articleRows(id))!;
    const review = await changeNewsPublicationAction(
      null,
      formDataOf({ id, version: String(version), step: "review", change: "publish", locales: ["en"] }),
    );
    expect(review).toMatchObject({
      ok: true,
      data: {
        step: "review",
        plan: { publicLocales: ["en"], draftLocales: ["es"], missingLocales: ["fr", "ru", "ar"] },
      },
    });
    expect((await articleRows(id))!).toMatchObject({ status: "DRAFT", version });

    saved(await publishNews(id, "publish", ["en"]));
    const english = (await listLatestNews({ locale: "en", take: 100 })).find((n) => n.id === id);
    expect(english).toMatchObject({ title: "Publishing journey article", isFallback: false });
    const spanish = (await listLatestNews({ locale: "es", take: 100 })).find((n) => n.id === id);
    expect(spanish).toMatchObject({ title: "Publishing journey article", isFallback: true, contentLocale: "en" });
    const row = (await articleRows(id))!;
    expect(row.publishedAt).not.toBeNull();
    expect(row.translations.find((t) => t.locale === "en")?.publishedAt).not.toBeNull();

    saved(await publishNews(id, "languages", ["en", "es"]));
    expect((await listLatestNews({ locale: "es", take: 100 })).find((n) => n.id === id)).toMatchObject({
      title: "Borrador español",
      isFallback: false,
    });

    saved(await publishNews(id, "unpublish"));
    expect((await listLatestNews({ locale: "en", take: 100 })).map((n) => n.id)).not.toContain(id);
    const actions = await prisma.auditLog.findMany({
      where: { entityId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "news.create",
      "news.update",
      "news.publication.publish",
      "news.publication.languages",
      "news.publication.unpublish",
    ]);
  });

  it("keeps scheduled articles off the public list until their date", async () => {
    const id = await newDraft("Scheduled for next year");
    setTestUser(users.staffEurope);
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-15T09:00`;
    saved(await updateNewsAction(null, await editForm(id, { publishAt: nextYear })));
    saved(await publishNews(id, "publish", ["en"]));
    expect((await listLatestNews({ locale: "en", take: 100 })).map((n) => n.id)).not.toContain(id);
    expect((await articleRows(id))!.publishAt?.toISOString()).toBe(`${nextYear}:00.000Z`);
  });

  it("refuses a stale version with the kept text and changes nothing", async () => {
    const id = await newDraft("Two editors");
    setTestUser(users.staffEurope);
    const first = await editForm(id, { "t.en.title": "First editor's title" });
    const second = await editForm(id, { "t.en.title": "Second editor's title" });
    saved(await updateNewsAction(null, first));
    const afterFirst = await articleRows(id);
    const stale = await updateNewsAction(null, second);
    expect(stale).toMatchObject({
      ok: false,
      message: expect.stringContaining("Nothing was overwritten"),
      values: { "t.en.title": "Second editor's title" },
    });
    expect(await articleRows(id)).toEqual(afterFirst);
    expect(await prisma.auditLog.count({ where: { entityId: id, action: "news.update" } })).toBe(1);
  });

  it("refuses other regions' staff, RTC representatives and anonymous visitors, changing nothing", async () => {
    const id = await newDraft("Europe only");
    const before = await articleRows(id);
    for (const user of [users.staffAsia, users.rtcBishkek, users.rtcBudapest, null]) {
      setTestUser(user);
      const result = await updateNewsAction(null, await editForm(id, { "t.en.title": "Hijacked" }));
      expect(result).toMatchObject({ ok: false });
      expect(await publishNews(id, "publish", ["en"])).toMatchObject({ ok: false });
    }
    // Moving a Europe article to another region is refused too.
    setTestUser(users.staffEurope);
    expect(await updateNewsAction(null, await editForm(id, { regionId: asiaId }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("not allowed"),
    });
    expect(await articleRows(id)).toEqual(before);
    // Administrators may.
    setTestUser(users.admin);
    saved(await updateNewsAction(null, await editForm(id, { regionId: asiaId })));
  });

  it("writes before and after values to the audit log and invalidates the meeting when the link changes", async () => {
    const id = await newDraft("Audit trail article");
    setTestUser(users.staffEurope);
    const result = saved(
      await updateNewsAction(
        null,
        await editForm(id, { "t.en.title": "Audit trail article, revised", meetingId: europeMeetingId }),
      ),
    );
    expect(result.tags).toEqual(
      expect.arrayContaining(["news", `news:${id}`, "meetings", `meeting:${europeMeetingId}`]),
    );
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { entityId: id, action: "news.update" } });
    expect(JSON.stringify(entry.before)).toContain('Audit trail article"');
    expect(JSON.stringify(entry.after)).toContain("Audit trail article, revised");
    const unchanged = saved(await updateNewsAction(null, await editForm(id, { "t.en.excerpt": "New excerpt" })));
    expect(unchanged.tags).not.toContain("meetings");
  });

  it("reports unknown articles", async () => {
    setTestUser(users.admin);
    const form = await editForm(await newDraft("Soon deleted"));
    await prisma.newsArticle.delete({ where: { id: String(form.get("id")) } });
    setTestUser(users.admin);
    expect(await updateNewsAction(null, form)).toMatchObject({ ok: false, message: "This record no longer exists." });
  });
});

describe("the Markdown preview", () => {
  it("renders the public page's sanitized HTML, without scripts, handlers or javascript: links", async () => {
    setTestUser(users.staffEurope);
    const source =
      '## Heading\n\n<script>window.__xss = 1</script>\n\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1)) and **bold**';
    const result = await previewMarkdownAction(null, formDataOf({ source }));
    const html = (result as { data: { html: string } }).data.html;
    expect(html).toContain("<h2>Heading</h2>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).not.toMatch(/<script|onerror|javascript:|<img/i);
    setTestUser(null);
    expect(await previewMarkdownAction(null, formDataOf({ source }))).toMatchObject({ ok: false });
  });
});

describe("staff news reads", () => {
  it("scopes the editor: own region yes, another region 403, unknown 404", async () => {
    const id = await newDraft("Scoped read");
    expect((await getStaffNewsArticle({ actor: users.staffEurope, id })).state).toBe("ok");
    expect((await getStaffNewsArticle({ actor: users.admin, id })).state).toBe("ok");
    expect((await getStaffNewsArticle({ actor: users.staffAsia, id })).state).toBe("forbidden");
    expect((await getStaffNewsArticle({ actor: users.rtcBishkek, id })).state).toBe("forbidden");
    expect((await getStaffNewsArticle({ actor: users.admin, id: "nosucharticle" })).state).toBe("notFound");
    const asia = await listStaffNews({ actor: users.staffAsia, locale: "en", page: 1 });
    expect(asia.items.map((i) => i.id)).not.toContain(id);
    const rtc = await listStaffNews({ actor: users.rtcBishkek, locale: "en", page: 1 });
    expect(rtc.total).toBe(0);
  });

  it("lists a full page and a short page with the same number of queries", async () => {
    await prisma.newsArticle.createMany({
      data: Array.from({ length: staffNewsPageSize + 5 }, (_, i) => ({
        slug: `bulk-staff-news-${i}`,
        regionId: europeId,
      })),
    });
    const bulk = await prisma.newsArticle.findMany({
      where: { slug: { startsWith: "bulk-staff-news-" } },
      select: { id: true },
    });
    await prisma.newsTranslation.createMany({
      data: bulk.map((b, i) => ({ articleId: b.id, locale: "en" as const, title: `Bulk ${i}` })),
    });
    const first = await listStaffNews({ actor: users.admin, locale: "en", page: 1 });
    expect(first.items).toHaveLength(staffNewsPageSize);
    const count = async (page: number) => {
      const { result, queries } = await countQueries(() => listStaffNews({ actor: users.admin, locale: "fr", page }));
      return { queries, rows: result.items.length };
    };
    const full = await count(1);
    const short = await count(first.pageCount);
    expect(full.rows).toBe(staffNewsPageSize);
    expect(short.rows).toBeLessThan(staffNewsPageSize);
    expect(short.queries).toBe(full.queries);
    expect(full.queries).toBeLessThanOrEqual(2);
  });
});
