import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { changeMeetingPublicationAction, createMeetingAction, updateMeetingAction } from "@/lib/actions/meetings";
import { previewMarkdownAction } from "@/lib/actions/markdown";
import { getPublishedMeeting } from "@/lib/data/meetings/get-published-meeting";
import { listPublishedMeetings } from "@/lib/data/meetings/list-published-meetings";
import type { SessionUser } from "@/lib/data/users/find-session-user";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { setTestUser } from "../support/test-session";
import { demoUsers, otherRegionStaff } from "../support/test-users";
import {
  createEuropeMeeting,
  europeRefs,
  meetingEditForm as editForm,
  meetingFields,
  meetingSnapshot,
  publishMeeting,
  toFormData,
  uniqueSuffix,
} from "../support/meeting-fixtures";
import { createdId, submitCreate } from "../support/redirects";

type Users = Awaited<ReturnType<typeof demoUsers>> & { staffAsia: SessionUser };
let users: Users;
let refs: Awaited<ReturnType<typeof europeRefs>>;

beforeAll(async () => {
  users = { ...(await demoUsers()), staffAsia: await otherRegionStaff() };
  refs = await europeRefs();
});

afterEach(() => setTestUser(null));

const as = (user: SessionUser | null) => setTestUser(user);

describe("creating meetings", () => {
  it("lets Europe's ROCB staff create a draft in their region, with a slug from the English title and an audit entry", async () => {
    as(users.staffEurope);
    const title = `Meeting of the Regional Structures in Bishkek ${uniqueSuffix()}`;
    const outcome = await submitCreate(
      createMeetingAction(
        null,
        toFormData(meetingFields(refs, { "t.en.title": title, "t.ru.title": "Совещание в Бишкеке" })),
      ),
    );
    // The server opens the new draft's editor itself (no client-side effect needed).
    expect(outcome).toMatchObject({
      redirected: true,
      location: expect.stringMatching(/^\/en\/staff\/meetings\/[a-z0-9]+\?created=1$/),
    });
    const id = (outcome as { id: string }).id;
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id }, include: { translations: true } });
    expect(meeting).toMatchObject({
      status: "DRAFT",
      regionId: refs.regionId,
      timeZone: "Asia/Bishkek",
      createdById: users.staffEurope.id,
      version: 1,
    });
    expect(meeting.slug).toBe(title.toLowerCase().replaceAll(" ", "-"));
    // 09:00 in Bishkek (UTC+6) is 03:00 UTC.
    expect(meeting.startsAt.toISOString()).toBe("2027-04-12T03:00:00.000Z");
    expect(meeting.translations.map((t) => [t.locale, t.status]).sort()).toEqual([
      ["en", "DRAFT"],
      ["ru", "DRAFT"],
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: "Meeting", entityId: id } });
    expect(audit).toMatchObject({ action: "meeting.create", actorId: users.staffEurope.id, before: null });
    expect(audit.after).toMatchObject({ slug: meeting.slug, translations: expect.any(Array) });
    // A draft is nowhere in public.
    expect(await getPublishedMeeting({ locale: "en", slug: meeting.slug })).toBeNull();
  });

  it("lets an administrator create a global meeting without a region", async () => {
    as(users.admin);
    const id = await createdId(
      createMeetingAction(
        null,
        toFormData(
          meetingFields(refs, { regionId: "", timeZone: "Europe/Brussels", countryCode: "BE", city: "Brussels" }),
        ),
      ),
    );
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id } });
    expect(meeting.regionId).toBeNull();
  });

  it("creates one meeting however often the same form is sent (a double click, a reload after a post without JavaScript)", async () => {
    as(users.staffEurope);
    const title = `Sent twice ${uniqueSuffix()}`;
    const fields = meetingFields(refs, { "t.en.title": title });
    const [first, second] = await Promise.all([
      createdId(createMeetingAction(null, toFormData(fields))),
      createdId(createMeetingAction(null, toFormData(fields))),
    ]);
    const third = await createdId(createMeetingAction(null, toFormData(fields)));
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(await prisma.meeting.count({ where: { translations: { some: { title } } } })).toBe(1);
    // A new form (a new token) is a new meeting.
    const other = await createdId(
      createMeetingAction(null, toFormData({ ...fields, formToken: "another-token-0123456789" })),
    );
    expect(other).not.toBe(first);
    // Another person's token never opens someone else's record.
    as(users.admin);
    const admins = await createdId(createMeetingAction(null, toFormData(fields)));
    expect(admins).not.toBe(first);
  });

  it("refuses the RTC representative, anonymous visitors and staff of another region, creating nothing", async () => {
    const title = `Refused meeting ${uniqueSuffix()}`;
    const count = () => prisma.meeting.count({ where: { translations: { some: { title } } } });
    for (const user of [users.rtcBishkek, null, users.staffAsia]) {
      as(user);
      const result = await createMeetingAction(null, toFormData(meetingFields(refs, { "t.en.title": title })));
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
      toFormData(
        meetingFields(refs, {
          "t.en.title": "  ",
          "t.en.summary": "Kept summary",
          endDate: "2027-04-11",
          slug: "Not A Slug!",
        }),
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        "t.en.title": ["This field is required."],
        endDate: ["The end must be after the start."],
        slug: ["Use lower-case letters, digits and hyphens only."],
      },
      values: { "t.en.summary": "Kept summary", endDate: "2027-04-11" },
    });
    const zone = await createMeetingAction(null, toFormData(meetingFields(refs, { timeZone: "Mars/Olympus_Mons" })));
    expect(zone).toMatchObject({ ok: false, fieldErrors: { timeZone: ["Choose a valid time zone."] } });
    const orphanNumber = await createMeetingAction(null, toFormData(meetingFields(refs, { number: 3 })));
    expect(orphanNumber).toMatchObject({ ok: false, fieldErrors: { number: [expect.stringContaining("series")] } });
    const russianWithoutTitle = await createMeetingAction(
      null,
      toFormData(meetingFields(refs, { "t.ru.summary": "Только резюме" })),
    );
    expect(russianWithoutTitle).toMatchObject({
      ok: false,
      fieldErrors: { "t.ru.title": ["This field is required."] },
    });
    expect(await prisma.meeting.count()).toBe(before);
  });

  it("refuses a slug already used and a structure outside the staff member's region", async () => {
    as(users.staffEurope);
    const taken = await createMeetingAction(null, toFormData(meetingFields(refs, { slug: SEED_SLUGS.bishkek2021 })));
    expect(taken).toMatchObject({
      ok: false,
      fieldErrors: { slug: ["This address is already used by another record."] },
    });
    const asiaRocb = await prisma.structure.findUniqueOrThrow({ where: { slug: SEED_SLUGS.rocbAsiaPacific } });
    const outside = await createMeetingAction(null, toFormData(meetingFields(refs, { hostStructureId: asiaRocb.id })));
    expect(outside).toMatchObject({ ok: false, fieldErrors: { hostStructureId: ["This value is not valid."] } });
  });
});

describe("editing and publishing meetings", () => {
  it("says what will become public before it does: English first (Russian visitors get the fallback), then Russian too", async () => {
    const { id, slug } = await createEuropeMeeting();
    as(users.staffEurope);
    const saved = await updateMeetingAction(
      null,
      await editForm(id, { "t.ru.title": "Тестовое совещание", "t.ru.summary": "Резюме" }),
    );
    expect(saved).toMatchObject({ ok: true });
    expect(await getPublishedMeeting({ locale: "en", slug })).toBeNull();

    // The review changes nothing and states the plan.
    const { version } = await prisma.meeting.findUniqueOrThrow({ where: { id } });
    const review = await changeMeetingPublicationAction(
      null,
      toFormData({ id, version, step: "review", change: "publish", locales: ["en"] }),
    );
    expect(review).toMatchObject({
      ok: true,
      data: {
        step: "review",
        plan: { status: "PUBLISHED", publicLocales: ["en"], draftLocales: ["ru"], missingLocales: ["fr", "es", "ar"] },
      },
    });
    // A change that cannot be made is refused at the review, before any confirmation.
    const noLanguage = await changeMeetingPublicationAction(
      null,
      toFormData({ id, version, step: "review", change: "publish" }),
    );
    expect(noLanguage).toMatchObject({
      ok: false,
      fieldErrors: { locales: ["Choose at least one language to show."] },
    });
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", version });
    expect(await getPublishedMeeting({ locale: "en", slug })).toBeNull();

    const english = await publishMeeting(id, "publish", ["en"]);
    expect(english).toMatchObject({
      ok: true,
      data: { step: "confirm", tags: expect.arrayContaining(["meetings", `meeting:${id}`]) },
    });
    const inEnglish = await getPublishedMeeting({ locale: "en", slug });
    expect(inEnglish?.text).toMatchObject({ locale: "en", isFallback: false });
    const forRussians = await getPublishedMeeting({ locale: "ru", slug });
    expect(forRussians?.text).toMatchObject({ locale: "en", isFallback: true });
    const list = await listPublishedMeetings({ locale: "en", filters: { region: "EUR" }, page: 1 });
    expect(list.items.map((m) => m.slug)).toContain(slug);

    expect(await publishMeeting(id, "languages", ["en", "ru"])).toMatchObject({ ok: true });
    const inRussian = await getPublishedMeeting({ locale: "ru", slug });
    expect(inRussian?.text).toMatchObject({ locale: "ru", isFallback: false, title: "Тестовое совещание" });

    expect(await publishMeeting(id, "languages", ["en"])).toMatchObject({ ok: true });
    expect((await getPublishedMeeting({ locale: "ru", slug }))?.text).toMatchObject({ locale: "en", isFallback: true });
    // The same languages again: refused with a field error, no new version, no audit entry.
    const entries = await prisma.auditLog.count({ where: { entityType: "Meeting", entityId: id } });
    const same = await publishMeeting(id, "languages", ["en"]);
    expect(same).toMatchObject({
      ok: false,
      fieldErrors: { locales: ["These languages are already the public ones: nothing would change."] },
    });
    expect(await prisma.auditLog.count({ where: { entityType: "Meeting", entityId: id } })).toBe(entries);
    const actions = await prisma.auditLog.findMany({
      where: { entityType: "Meeting", entityId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true, before: true, after: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "meeting.update",
      "meeting.publication.publish",
      "meeting.publication.languages",
      "meeting.publication.languages",
    ]);
    expect(actions[1].before).toMatchObject({ status: "DRAFT" });
    expect(actions[1].after).toMatchObject({ status: "PUBLISHED" });
  });

  it("never changes what is public with a save: a new language is a draft, a public one cannot be emptied", async () => {
    const { id, slug } = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    as(users.staffEurope);
    expect(await updateMeetingAction(null, await editForm(id, { "t.fr.title": "Réunion de test" }))).toMatchObject({
      ok: true,
    });
    const meeting = await prisma.meeting.findUniqueOrThrow({
      where: { id },
      include: { translations: { orderBy: { locale: "asc" } } },
    });
    expect(meeting.status).toBe("PUBLISHED");
    expect(meeting.translations.map((t) => [t.locale, t.status])).toEqual([
      ["en", "PUBLISHED"],
      ["fr", "DRAFT"],
    ]);
    expect((await getPublishedMeeting({ locale: "fr", slug }))?.text).toMatchObject({ locale: "en", isFallback: true });
    const before = await meetingSnapshot(id);
    const emptied = await updateMeetingAction(
      null,
      await editForm(id, { "t.en.title": "", "t.en.summary": "", "t.en.body": "", "t.en.venue": "" }),
    );
    expect(emptied).toMatchObject({ ok: false, fieldErrors: { "t.en.title": [expect.any(String)] } });
    expect(await meetingSnapshot(id)).toEqual(before);
  });

  it("refuses a publication with no language, or of a language nobody wrote, changing nothing", async () => {
    const { id } = await createEuropeMeeting();
    as(users.staffEurope);
    const before = await meetingSnapshot(id);
    expect(await publishMeeting(id, "publish", [])).toMatchObject({
      ok: false,
      fieldErrors: { locales: ["Choose at least one language to show."] },
    });
    expect(await publishMeeting(id, "publish", ["fr"])).toMatchObject({
      ok: false,
      fieldErrors: { locales: ["Only written translations can be shown."] },
    });
    expect(await publishMeeting(id, "archive")).toMatchObject({
      ok: false,
      fieldErrors: { locales: [expect.stringContaining("not possible")] },
    });
    expect(await meetingSnapshot(id)).toEqual(before);
  });

  it("keeps a scheduled meeting out of public until its publication date", async () => {
    const { id, slug } = await createEuropeMeeting();
    as(users.staffEurope);
    // Scheduled an hour from now, in Bishkek time.
    const later = new Date(Date.now() + 3_600_000);
    const local = new Intl.DateTimeFormat("sv-SE", {
      timeZone: "Asia/Bishkek",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .format(later)
      .replace(" ", "T");
    expect(await updateMeetingAction(null, await editForm(id, { publishAt: local }))).toMatchObject({ ok: true });
    expect(await publishMeeting(id, "publish", ["en"])).toMatchObject({ ok: true });
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id } });
    expect(meeting.status).toBe("PUBLISHED");
    expect(Math.abs(meeting.publishAt!.getTime() - later.getTime())).toBeLessThan(60_000);
    expect(await getPublishedMeeting({ locale: "en", slug })).toBeNull();
    const bad = await updateMeetingAction(null, await editForm(id, { publishAt: "2027-02-30T10:00" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { publishAt: ["Enter a valid date."] } });
    await prisma.meeting.update({ where: { id }, data: { publishAt: new Date(Date.now() - 1000) } });
    expect(await getPublishedMeeting({ locale: "en", slug })).not.toBeNull();
  });

  it("moves the meeting through draft → published → archived → published → draft", async () => {
    const { id, slug } = await createEuropeMeeting({ published: true });
    as(users.admin);
    const steps = [
      ["publish", "PUBLISHED"],
      ["archive", "ARCHIVED"],
      ["restore", "PUBLISHED"],
      ["unpublish", "DRAFT"],
    ] as const;
    for (const [change, status] of steps) {
      const result = await publishMeeting(id, change, ["en"]);
      expect(result).toMatchObject({ ok: true, data: { plan: { status } } });
      const shown = await getPublishedMeeting({ locale: "en", slug });
      if (status === "DRAFT") expect(shown).toBeNull();
      else expect(shown?.status).toBe(status);
    }
    expect(
      await prisma.auditLog.count({ where: { entityId: id, action: { startsWith: "meeting.publication." } } }),
    ).toBe(4);
  });

  it("refuses a stale version and keeps the second editor's text, overwriting nothing", async () => {
    const { id } = await createEuropeMeeting();
    as(users.staffEurope);
    const first = await editForm(id, { "t.en.title": "First editor's title" });
    const second = await editForm(id, { "t.en.title": "Second editor's title" });
    expect(await updateMeetingAction(null, first)).toMatchObject({ ok: true });
    const before = await meetingSnapshot(id);
    const refused = await updateMeetingAction(null, second);
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringContaining("Nothing was overwritten"),
      values: { "t.en.title": "Second editor's title" },
    });
    expect(await meetingSnapshot(id)).toEqual(before);
    expect(before.meeting?.translations[0].title).toBe("First editor's title");
  });

  it("saves nothing when the title is emptied or the end moved before the start", async () => {
    const { id } = await createEuropeMeeting();
    as(users.staffEurope);
    const before = await meetingSnapshot(id);
    const empty = await updateMeetingAction(null, await editForm(id, { "t.en.title": "", city: "Changed city" }));
    expect(empty).toMatchObject({
      ok: false,
      fieldErrors: { "t.en.title": ["This field is required."] },
      values: { city: "Changed city" },
    });
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
    const result = await updateMeetingAction(
      null,
      await editForm(id, { seriesId: series.id, number: bishkek.number ?? 11, "t.en.title": "Would be lost" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { number: [expect.stringContaining("already has this number")] },
    });
    expect(await meetingSnapshot(id)).toEqual(before);
  });

  it("refuses edits and publication by the RTC representative, anonymous visitors and another region's staff, changing nothing", async () => {
    const { id } = await createEuropeMeeting();
    const before = await meetingSnapshot(id);
    for (const user of [users.rtcBishkek, null, users.staffAsia]) {
      as(user);
      expect(await updateMeetingAction(null, await editForm(id, { "t.en.title": "Hijacked" }))).toMatchObject({
        ok: false,
      });
      expect(await publishMeeting(id, "publish", ["en"])).toMatchObject({ ok: false });
      expect(
        await changeMeetingPublicationAction(
          null,
          toFormData({ id, version: 1, step: "review", change: "publish", locales: "en" }),
        ),
      ).toMatchObject({ ok: false });
    }
    expect(await meetingSnapshot(id)).toEqual(before);
  });

  it("does not let Europe's staff move a meeting out of their region", async () => {
    const { id } = await createEuropeMeeting();
    const asia = await prisma.region.findUniqueOrThrow({ where: { code: "AP" } });
    as(users.staffEurope);
    const before = await meetingSnapshot(id);
    expect(await updateMeetingAction(null, await editForm(id, { regionId: asia.id }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("not allowed"),
    });
    expect(await meetingSnapshot(id)).toEqual(before);
  });

  it("keeps a script tag as text and renders it sanitized, never as a script", async () => {
    const { id, slug } = await createEuropeMeeting();
    as(users.staffEurope);
    const body = 'Agenda <script>alert("x")</script> **bold** <img src=x onerror="alert(1)">';
    expect(await updateMeetingAction(null, await editForm(id, { "t.en.body": body }))).toMatchObject({ ok: true });
    expect(await publishMeeting(id, "publish", ["en"])).toMatchObject({ ok: true });
    const preview = await previewMarkdownAction(null, toFormData({ source: body }));
    expect(preview).toMatchObject({ ok: true });
    const html = (preview as { data: { html: string } }).data.html;
    expect(html).toContain("<strong>bold</strong>");
    expect(html).not.toMatch(/<script|onerror|<img/);
    expect((await getPublishedMeeting({ locale: "en", slug }))?.text.body).toBe(body);
    as(null);
    expect(await previewMarkdownAction(null, toFormData({ source: body }))).toMatchObject({ ok: false });
  });
});
