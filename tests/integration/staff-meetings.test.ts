import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createMeetingAction, previewMeetingMarkdownAction, setMeetingStatusAction, updateMeetingAction } from "@/lib/actions/meetings";
import { getPublishedMeeting } from "@/lib/data/meetings/get-published-meeting";
import { listPublishedMeetings } from "@/lib/data/meetings/list-published-meetings";
import type { SessionUser } from "@/lib/data/users";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { setTestUser } from "../support/test-session";
import { demoUsers, otherRegionStaff } from "../support/test-users";
import { createEuropeMeeting, europeRefs, meetingFields, meetingSnapshot, toFormData, uniqueSuffix } from "../support/meeting-fixtures";

type Users = Awaited<ReturnType<typeof demoUsers>> & { staffAsia: SessionUser };
let users: Users;
let refs: Awaited<ReturnType<typeof europeRefs>>;

beforeAll(async () => {
  users = { ...(await demoUsers()), staffAsia: await otherRegionStaff() };
  refs = await europeRefs();
});

afterEach(() => setTestUser(null));

const as = (user: SessionUser | null) => setTestUser(user);

/** The form of an existing meeting, as the editor would send it. */
async function editForm(id: string, overrides: Record<string, string | number | undefined> = {}) {
  const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id }, include: { translations: true } });
  const texts = Object.fromEntries(
    meeting.translations.flatMap((t) => [
      [`title_${t.locale}`, t.title],
      [`summary_${t.locale}`, t.summary],
      [`body_${t.locale}`, t.body],
      [`venue_${t.locale}`, t.venue],
    ]),
  );
  return toFormData({
    ...meetingFields(refs, { title_en: undefined, summary_en: undefined, body_en: undefined, venue_en: undefined }),
    slug: meeting.slug,
    ...texts,
    id,
    version: meeting.version,
    intent: "save",
    ...overrides,
  });
}

describe("creating meetings", () => {
  it("lets Europe's ROCB staff create a draft in their region, with a slug from the English title and an audit entry", async () => {
    as(users.staffEurope);
    const title = `Meeting of the Regional Structures in Bishkek ${uniqueSuffix()}`;
    const result = await createMeetingAction(null, toFormData(meetingFields(refs, { title_en: title, title_ru: "Совещание в Бишкеке" })));
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id }, include: { translations: true } });
    expect(meeting).toMatchObject({ status: "DRAFT", regionId: refs.regionId, timeZone: "Asia/Bishkek", createdById: users.staffEurope.id, version: 1 });
    expect(meeting.slug).toBe(title.toLowerCase().replaceAll(" ", "-"));
    // 09:00 in Bishkek (UTC+6) is 03:00 UTC.
    expect(meeting.startsAt.toISOString()).toBe("2027-04-12T03:00:00.000Z");
    expect(meeting.translations.map((t) => [t.locale, t.status]).sort()).toEqual([["en", "DRAFT"], ["ru", "DRAFT"]]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: "Meeting", entityId: id } });
    expect(audit).toMatchObject({ action: "meeting.create", actorId: users.staffEurope.id, before: null });
    expect(audit.after).toMatchObject({ slug: meeting.slug, translations: expect.any(Array) });
    // A draft is nowhere in public.
    expect(await getPublishedMeeting({ locale: "en", slug: meeting.slug })).toBeNull();
  });

  it("lets an administrator create a global meeting without a region", async () => {
    as(users.admin);
    const result = await createMeetingAction(null, toFormData(meetingFields(refs, { regionId: "", timeZone: "Europe/Brussels", countryCode: "BE", city: "Brussels" })));
    expect(result).toMatchObject({ ok: true });
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id: (result as { data: { id: string } }).data.id } });
    expect(meeting.regionId).toBeNull();
  });

  it("refuses the RTC representative, anonymous visitors and staff of another region, creating nothing", async () => {
    const title = `Refused meeting ${uniqueSuffix()}`;
    const count = () => prisma.meeting.count({ where: { translations: { some: { title } } } });
    for (const user of [users.rtcBishkek, null, users.staffAsia]) {
      as(user);
      const result = await createMeetingAction(null, toFormData(meetingFields(refs, { title_en: title })));
      expect(result).toMatchObject({ ok: false });
      expect((result as { message: string }).message).toMatch(user ? /not allowed/ : /Sign in again/);
    }
    expect(await count()).toBe(0);
  });

  it("gives field errors for an empty title, an end before the start, a bad zone and a bad slug, keeps the input and saves nothing", async () => {
    as(users.staffEurope);
    const before = await prisma.meeting.count();
    const result = await createMeetingAction(
      null,
      toFormData(meetingFields(refs, { title_en: "  ", summary_en: "Kept summary", endDate: "2027-04-11", slug: "Not A Slug!" })),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { title_en: ["This field is required."], endDate: ["The end must be after the start."], slug: ["Use lower-case letters, digits and hyphens only."] },
      values: { summary_en: "Kept summary", endDate: "2027-04-11" },
    });
    const zone = await createMeetingAction(null, toFormData(meetingFields(refs, { timeZone: "Mars/Olympus_Mons" })));
    expect(zone).toMatchObject({ ok: false, fieldErrors: { timeZone: ["Choose a valid time zone."] } });
    const orphanNumber = await createMeetingAction(null, toFormData(meetingFields(refs, { number: 3 })));
    expect(orphanNumber).toMatchObject({ ok: false, fieldErrors: { number: [expect.stringContaining("series")] } });
    const russianWithoutTitle = await createMeetingAction(null, toFormData(meetingFields(refs, { summary_ru: "Только резюме" })));
    expect(russianWithoutTitle).toMatchObject({ ok: false, fieldErrors: { title_ru: ["This field is required."] } });
    expect(await prisma.meeting.count()).toBe(before);
  });

  it("refuses a slug already used and a structure outside the staff member's region", async () => {
    as(users.staffEurope);
    const taken = await createMeetingAction(null, toFormData(meetingFields(refs, { slug: SEED_SLUGS.bishkek2021 })));
    expect(taken).toMatchObject({ ok: false, fieldErrors: { slug: ["This address is already used by another record."] } });
    const asiaRocb = await prisma.structure.findUniqueOrThrow({ where: { slug: SEED_SLUGS.rocbAsiaPacific } });
    const outside = await createMeetingAction(null, toFormData(meetingFields(refs, { hostStructureId: asiaRocb.id })));
    expect(outside).toMatchObject({ ok: false, fieldErrors: { hostStructureId: ["This value is not valid."] } });
  });
});

describe("editing and publishing meetings", () => {
  it("publishes translations one by one: English first (Russian visitors get the fallback), then Russian", async () => {
    const { id, slug } = await createEuropeMeeting();
    as(users.staffEurope);
    const saved = await updateMeetingAction(null, await editForm(id, { title_ru: "Тестовое совещание", summary_ru: "Резюме" }));
    expect(saved).toMatchObject({ ok: true });
    expect(await getPublishedMeeting({ locale: "en", slug })).toBeNull();

    const english = await updateMeetingAction(null, await editForm(id, { intent: "publish:en" }));
    expect(english).toMatchObject({ ok: true, data: { status: "PUBLISHED", tags: expect.arrayContaining(["meetings", `meeting:${id}`]) } });
    const inEnglish = await getPublishedMeeting({ locale: "en", slug });
    expect(inEnglish?.text).toMatchObject({ locale: "en", isFallback: false });
    const forRussians = await getPublishedMeeting({ locale: "ru", slug });
    expect(forRussians?.text).toMatchObject({ locale: "en", isFallback: true });
    const list = await listPublishedMeetings({ locale: "en", filters: { region: "EUR" }, page: 1 });
    expect(list.items.map((m) => m.slug)).toContain(slug);

    const russian = await updateMeetingAction(null, await editForm(id, { intent: "publish:ru" }));
    expect(russian).toMatchObject({ ok: true });
    const inRussian = await getPublishedMeeting({ locale: "ru", slug });
    expect(inRussian?.text).toMatchObject({ locale: "ru", isFallback: false, title: "Тестовое совещание" });

    const unpublished = await updateMeetingAction(null, await editForm(id, { intent: "unpublish:ru" }));
    expect(unpublished).toMatchObject({ ok: true });
    expect((await getPublishedMeeting({ locale: "ru", slug }))?.text).toMatchObject({ locale: "en", isFallback: true });
    const actions = await prisma.auditLog.findMany({ where: { entityType: "Meeting", entityId: id }, orderBy: { createdAt: "asc" }, select: { action: true, before: true, after: true } });
    expect(actions.map((a) => a.action)).toEqual(["meeting.update", "meeting.publishTranslation", "meeting.publishTranslation", "meeting.unpublishTranslation"]);
    expect(actions[1].before).toMatchObject({ status: "DRAFT" });
    expect(actions[1].after).toMatchObject({ status: "PUBLISHED" });
  });

  it("keeps a scheduled meeting out of public until its publication date", async () => {
    const { id, slug } = await createEuropeMeeting();
    as(users.staffEurope);
    // Scheduled an hour from now, in Bishkek time.
    const later = new Date(Date.now() + 3_600_000);
    const local = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Bishkek", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).format(later).replace(" ", "T");
    expect(await updateMeetingAction(null, await editForm(id, { publishAt: local, intent: "publish:en" }))).toMatchObject({ ok: true });
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id } });
    expect(meeting.status).toBe("PUBLISHED");
    expect(Math.abs(meeting.publishAt!.getTime() - later.getTime())).toBeLessThan(60_000);
    expect(await getPublishedMeeting({ locale: "en", slug })).toBeNull();
    const bad = await updateMeetingAction(null, await editForm(id, { publishAt: "2027-02-30T10:00" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { publishAt: ["Enter a valid date."] } });
    await prisma.meeting.update({ where: { id }, data: { publishAt: new Date(Date.now() - 1000) } });
    expect(await getPublishedMeeting({ locale: "en", slug })).not.toBeNull();
  });

  it("moves the meeting through draft → published → archived → draft", async () => {
    const { id, slug } = await createEuropeMeeting({ published: true });
    as(users.admin);
    let version = 1;
    for (const status of ["PUBLISHED", "ARCHIVED", "DRAFT"] as const) {
      const result = await setMeetingStatusAction(null, toFormData({ id, version, status }));
      expect(result).toMatchObject({ ok: true, data: { status } });
      version += 1;
      const shown = await getPublishedMeeting({ locale: "en", slug });
      if (status === "DRAFT") expect(shown).toBeNull();
      else expect(shown?.status).toBe(status);
    }
    expect(await prisma.auditLog.count({ where: { entityId: id, action: "meeting.status" } })).toBe(3);
  });

  it("refuses a stale version and keeps the second editor's text, overwriting nothing", async () => {
    const { id } = await createEuropeMeeting();
    as(users.staffEurope);
    const first = await editForm(id, { title_en: "First editor's title" });
    const second = await editForm(id, { title_en: "Second editor's title" });
    expect(await updateMeetingAction(null, first)).toMatchObject({ ok: true });
    const before = await meetingSnapshot(id);
    const refused = await updateMeetingAction(null, second);
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("Nothing was overwritten"), values: { title_en: "Second editor's title" } });
    expect(await meetingSnapshot(id)).toEqual(before);
    expect(before.meeting?.translations[0].title).toBe("First editor's title");
  });

  it("saves nothing when the title is emptied or the end moved before the start", async () => {
    const { id } = await createEuropeMeeting();
    as(users.staffEurope);
    const before = await meetingSnapshot(id);
    const empty = await updateMeetingAction(null, await editForm(id, { title_en: "", city: "Changed city" }));
    expect(empty).toMatchObject({ ok: false, fieldErrors: { title_en: ["This field is required."] }, values: { city: "Changed city" } });
    const backwards = await updateMeetingAction(null, await editForm(id, { endDate: "2027-04-12", endTime: "08:00" }));
    expect(backwards).toMatchObject({ ok: false, fieldErrors: { endDate: ["The end must be after the start."] } });
    expect(await meetingSnapshot(id)).toEqual(before);
  });

  it("rolls the whole save back when a check fails half-way (series number taken)", async () => {
    const { id } = await createEuropeMeeting();
    const series = await prisma.meetingSeries.findUniqueOrThrow({ where: { slug: SEED_SLUGS.seriesEurope } });
    const bishkek = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.bishkek2021 } });
    as(users.staffEurope);
    const before = await meetingSnapshot(id);
    const result = await updateMeetingAction(null, await editForm(id, { seriesId: series.id, number: bishkek.number ?? 11, title_en: "Would be lost" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { number: [expect.stringContaining("already has this number")] } });
    expect(await meetingSnapshot(id)).toEqual(before);
  });

  it("refuses edits and publication by the RTC representative, anonymous visitors and another region's staff, changing nothing", async () => {
    const { id } = await createEuropeMeeting();
    const before = await meetingSnapshot(id);
    for (const user of [users.rtcBishkek, null, users.staffAsia]) {
      as(user);
      expect(await updateMeetingAction(null, await editForm(id, { title_en: "Hijacked" }))).toMatchObject({ ok: false });
      expect(await updateMeetingAction(null, await editForm(id, { intent: "publish:en" }))).toMatchObject({ ok: false });
      expect(await setMeetingStatusAction(null, toFormData({ id, version: 1, status: "PUBLISHED" }))).toMatchObject({ ok: false });
    }
    expect(await meetingSnapshot(id)).toEqual(before);
  });

  it("does not let Europe's staff move a meeting out of their region", async () => {
    const { id } = await createEuropeMeeting();
    const asia = await prisma.region.findUniqueOrThrow({ where: { code: "AP" } });
    as(users.staffEurope);
    const before = await meetingSnapshot(id);
    expect(await updateMeetingAction(null, await editForm(id, { regionId: asia.id }))).toMatchObject({ ok: false, message: expect.stringContaining("not allowed") });
    expect(await meetingSnapshot(id)).toEqual(before);
  });

  it("keeps a script tag as text and renders it sanitized, never as a script", async () => {
    const { id, slug } = await createEuropeMeeting();
    as(users.staffEurope);
    const body = 'Agenda <script>alert("x")</script> **bold** <img src=x onerror="alert(1)">';
    expect(await updateMeetingAction(null, await editForm(id, { body_en: body, intent: "publish:en" }))).toMatchObject({ ok: true });
    const preview = await previewMeetingMarkdownAction(body);
    expect(preview).toMatchObject({ ok: true });
    const html = (preview as { data: string }).data;
    expect(html).toContain("<strong>bold</strong>");
    expect(html).not.toMatch(/<script|onerror|<img/);
    expect((await getPublishedMeeting({ locale: "en", slug }))?.text.body).toBe(body);
    as(users.rtcBishkek);
    expect(await previewMeetingMarkdownAction(body)).toMatchObject({ ok: false });
  });
});
