import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { queryCounter } from "@/lib/db/create-client";
import { addAgendaItemAction, moveAgendaItemAction, removeAgendaItemAction, updateAgendaItemAction } from "@/lib/actions/meeting-agenda";
import { addOutcomeAction, moveOutcomeAction, removeOutcomeAction, updateOutcomeAction } from "@/lib/actions/meeting-outcomes";
import { linkMeetingAction, unlinkMeetingAction } from "@/lib/actions/meeting-relations";
import { getPublishedMeeting } from "@/lib/data/meetings/get-published-meeting";
import { getMeetingAgenda, getMeetingForEdit, getMeetingOutcomes, getMeetingRelations } from "@/lib/data/staff/meeting-editor";
import { getMeetingFormOptions, listStaffMeetings } from "@/lib/data/staff/meeting-list";
import { getMeetingPreview } from "@/lib/data/staff/meeting-preview";
import type { SessionUser } from "@/lib/data/users";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { setTestUser } from "../support/test-session";
import { demoUsers, otherRegionStaff, otherRtcRep } from "../support/test-users";
import { createEuropeMeeting, meetingSnapshot, toFormData } from "../support/meeting-fixtures";

type Users = Awaited<ReturnType<typeof demoUsers>> & { staffAsia: SessionUser; rtcBudapest: SessionUser };
let users: Users;

beforeAll(async () => {
  users = { ...(await demoUsers()), staffAsia: await otherRegionStaff(), rtcBudapest: await otherRtcRep() };
});

afterEach(() => setTestUser(null));

async function countQueries(run: () => Promise<unknown>) {
  const before = queryCounter.count;
  await run();
  return queryCounter.count - before;
}

const agendaTitles = async (id: string) =>
  (await prisma.agendaItem.findMany({ where: { meetingId: id }, orderBy: { position: "asc" }, include: { translations: { where: { locale: "en" } } } })).map((i) => i.translations[0]?.title);

describe("the agenda editor", () => {
  it("adds, edits, moves and removes items, each audited, and shows them publicly with the meeting's text", async () => {
    const meeting = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    setTestUser(users.staffEurope);
    const added = await addAgendaItemAction(
      null,
      toFormData({ meetingId: meeting.id, version: 1, startsAt: "2027-03-01T14:30", title_en: "Joint action plan", description_en: "Drafting session", title_ru: "Совместный план" }),
    );
    expect(added).toMatchObject({ ok: true });
    const newId = (added as { data: { id: string } }).data.id;
    const item = await prisma.agendaItem.findUniqueOrThrow({ where: { id: newId }, include: { translations: true } });
    // 14:30 in Bishkek is 08:30 UTC.
    expect(item.startsAt?.toISOString()).toBe("2027-03-01T08:30:00.000Z");
    expect(item.translations).toHaveLength(2);
    expect(await agendaTitles(meeting.id)).toEqual(["Opening", "Reports of the centres", "Joint action plan"]);

    expect(await moveAgendaItemAction(null, toFormData({ meetingId: meeting.id, version: 2, itemId: newId, direction: "up" }))).toMatchObject({ ok: true });
    expect(await agendaTitles(meeting.id)).toEqual(["Opening", "Joint action plan", "Reports of the centres"]);
    // Moving the first item up changes nothing but is not an error.
    expect(await moveAgendaItemAction(null, toFormData({ meetingId: meeting.id, version: 3, itemId: meeting.agendaItems[0].id, direction: "up" }))).toMatchObject({ ok: true });

    const edited = await updateAgendaItemAction(null, toFormData({ meetingId: meeting.id, version: 4, itemId: newId, startsAt: "", title_en: "Joint action plan 2028" }));
    expect(edited).toMatchObject({ ok: true });
    const after = await prisma.agendaItem.findUniqueOrThrow({ where: { id: newId }, include: { translations: true } });
    expect(after.startsAt).toBeNull();
    expect(after.translations.map((t) => [t.locale, t.title])).toEqual([["en", "Joint action plan 2028"]]);

    const shown = await getPublishedMeeting({ locale: "en", slug: meeting.slug });
    expect(shown?.agenda.map((a) => a.title)).toEqual(["Opening", "Joint action plan 2028", "Reports of the centres"]);

    expect(await removeAgendaItemAction(null, toFormData({ meetingId: meeting.id, version: 5, itemId: newId }))).toMatchObject({ ok: true });
    expect(await agendaTitles(meeting.id)).toEqual(["Opening", "Reports of the centres"]);
    const audit = await prisma.auditLog.findMany({ where: { entityId: meeting.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["meeting.agenda.add", "meeting.agenda.move", "meeting.agenda.move", "meeting.agenda.update", "meeting.agenda.remove"]);
  });

  it("gives field errors for a missing English title and a bad time, and refuses a stale page", async () => {
    const meeting = await createEuropeMeeting();
    setTestUser(users.staffEurope);
    const before = await meetingSnapshot(meeting.id);
    const noTitle = await addAgendaItemAction(null, toFormData({ meetingId: meeting.id, version: 1, title_en: "", description_fr: "Sans titre" }));
    expect(noTitle).toMatchObject({ ok: false, fieldErrors: { title_en: ["This field is required."], title_fr: ["This field is required."] }, values: { description_fr: "Sans titre" } });
    const badTime = await addAgendaItemAction(null, toFormData({ meetingId: meeting.id, version: 1, title_en: "Item", startsAt: "2027-02-30T10:00" }));
    expect(badTime).toMatchObject({ ok: false, fieldErrors: { startsAt: ["Enter a valid date."] } });
    const stale = await moveAgendaItemAction(null, toFormData({ meetingId: meeting.id, version: 7, itemId: meeting.agendaItems[1].id, direction: "up" }));
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining("Nothing was overwritten") });
    expect(await meetingSnapshot(meeting.id)).toEqual(before);
  });

  it("refuses other roles and regions, and items of another meeting, changing nothing", async () => {
    const meeting = await createEuropeMeeting();
    const other = await createEuropeMeeting();
    const before = await meetingSnapshot(meeting.id);
    for (const user of [users.rtcBishkek, users.rtcBudapest, users.staffAsia, null]) {
      setTestUser(user);
      expect(await addAgendaItemAction(null, toFormData({ meetingId: meeting.id, version: 1, title_en: "Intruder" }))).toMatchObject({ ok: false });
      expect(await removeAgendaItemAction(null, toFormData({ meetingId: meeting.id, version: 1, itemId: meeting.agendaItems[0].id }))).toMatchObject({ ok: false });
    }
    setTestUser(users.staffEurope);
    // An item id of another meeting: not found, and the claimed version is rolled back.
    expect(await removeAgendaItemAction(null, toFormData({ meetingId: meeting.id, version: 1, itemId: other.agendaItems[0].id }))).toMatchObject({
      ok: false,
      message: "This record no longer exists.",
    });
    expect(await meetingSnapshot(meeting.id)).toEqual(before);
  });
});

describe("the outcomes editor", () => {
  it("adds, edits, moves and removes outcomes and decisions", async () => {
    const meeting = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    setTestUser(users.admin);
    const added = await addOutcomeAction(null, toFormData({ meetingId: meeting.id, version: 1, kind: "DECISION", text_en: "Monitor RTC performance every year.", text_ru: "Ежегодный мониторинг." }));
    expect(added).toMatchObject({ ok: true });
    const id = (added as { data: { id: string } }).data.id;
    expect(await moveOutcomeAction(null, toFormData({ meetingId: meeting.id, version: 2, itemId: id, direction: "up" }))).toMatchObject({ ok: true });
    expect(await updateOutcomeAction(null, toFormData({ meetingId: meeting.id, version: 3, itemId: id, kind: "OUTCOME", text_en: "RTC performance is monitored." }))).toMatchObject({ ok: true });
    const shown = await getPublishedMeeting({ locale: "en", slug: meeting.slug });
    expect(shown?.outcomes.map((o) => [o.kind, o.text])).toEqual([
      ["OUTCOME", "The centres shared their plans."],
      ["OUTCOME", "RTC performance is monitored."],
      ["DECISION", "A joint plan will be drafted."],
    ]);
    expect(await removeOutcomeAction(null, toFormData({ meetingId: meeting.id, version: 4, itemId: id }))).toMatchObject({ ok: true });
    expect(await prisma.meetingOutcome.count({ where: { meetingId: meeting.id } })).toBe(2);
    expect(await prisma.auditLog.count({ where: { entityId: meeting.id, action: { startsWith: "meeting.outcome." } } })).toBe(4);
    const noText = await addOutcomeAction(null, toFormData({ meetingId: meeting.id, version: 5, kind: "OUTCOME", text_en: " " }));
    expect(noText).toMatchObject({ ok: false, fieldErrors: { text_en: ["This field is required."] } });
  });

  it("refuses the RTC representative and another region's staff", async () => {
    const meeting = await createEuropeMeeting();
    const before = await meetingSnapshot(meeting.id);
    for (const user of [users.rtcBishkek, users.staffAsia]) {
      setTestUser(user);
      expect(await addOutcomeAction(null, toFormData({ meetingId: meeting.id, version: 1, kind: "OUTCOME", text_en: "No" }))).toMatchObject({ ok: false });
      expect(await moveOutcomeAction(null, toFormData({ meetingId: meeting.id, version: 1, itemId: meeting.outcomes[1].id, direction: "up" }))).toMatchObject({ ok: false });
    }
    expect(await meetingSnapshot(meeting.id)).toEqual(before);
  });
});

describe("related meetings", () => {
  it("links a meeting back-to-back with a public committee meeting, shows it on both pages, and removes the link", async () => {
    const meeting = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    setTestUser(users.staffEurope);
    const found = await getMeetingRelations({ actor: users.staffEurope, id: meeting.id, locale: "en", q: "capacity building committee" });
    const committee = found?.candidates.find((c) => c.slug === SEED_SLUGS.capacityBuildingCommittee2011);
    expect(committee).toBeDefined();
    const linked = await linkMeetingAction(null, toFormData({ meetingId: meeting.id, version: 1, targetId: committee!.id, kind: "BACK_TO_BACK" }));
    expect(linked).toMatchObject({ ok: true });
    expect((await getPublishedMeeting({ locale: "en", slug: meeting.slug }))?.related.map((r) => [r.kind, r.meeting.slug])).toEqual([["BACK_TO_BACK", SEED_SLUGS.capacityBuildingCommittee2011]]);
    const committeePage = await getPublishedMeeting({ locale: "en", slug: SEED_SLUGS.capacityBuildingCommittee2011 });
    expect(committeePage?.related.map((r) => r.meeting.slug)).toContain(meeting.slug);
    // Linked once: the search no longer offers it, and a second link is refused either way round.
    const again = await getMeetingRelations({ actor: users.staffEurope, id: meeting.id, locale: "en", q: "capacity building committee" });
    expect(again?.candidates.map((c) => c.id)).not.toContain(committee!.id);
    expect(again?.links.map((l) => l.meeting.id)).toEqual([committee!.id]);
    const twice = await linkMeetingAction(null, toFormData({ meetingId: meeting.id, version: 2, targetId: committee!.id, kind: "RELATED" }));
    expect(twice).toMatchObject({ ok: false, fieldErrors: { targetId: ["These meetings are already linked."] } });

    expect(await unlinkMeetingAction(null, toFormData({ meetingId: meeting.id, version: 2, targetId: committee!.id }))).toMatchObject({ ok: true });
    expect(await prisma.meetingRelation.count({ where: { OR: [{ fromMeetingId: meeting.id }, { toMeetingId: meeting.id }] } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: meeting.id, action: { startsWith: "meeting.related." } } })).toBe(2);
  });

  it("cannot link to a draft of another region, nor to itself; refuses other roles", async () => {
    const meeting = await createEuropeMeeting();
    const asiaDraft = await prisma.meeting.create({
      data: { slug: "asia-draft-for-links", kind: "WORKSHOP", startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), timeZone: "Asia/Bangkok", region: { connect: { code: "AP" } }, translations: { create: { locale: "en", title: "Asia draft workshop" } } },
    });
    setTestUser(users.staffEurope);
    const search = await getMeetingRelations({ actor: users.staffEurope, id: meeting.id, locale: "en", q: "Asia draft" });
    expect(search?.candidates).toEqual([]);
    const before = await meetingSnapshot(meeting.id);
    expect(await linkMeetingAction(null, toFormData({ meetingId: meeting.id, version: 1, targetId: asiaDraft.id, kind: "RELATED" }))).toMatchObject({ ok: false, fieldErrors: { targetId: ["This value is not valid."] } });
    expect(await linkMeetingAction(null, toFormData({ meetingId: meeting.id, version: 1, targetId: meeting.id, kind: "RELATED" }))).toMatchObject({ ok: false });
    for (const user of [users.rtcBishkek, users.staffAsia, null]) {
      setTestUser(user);
      const bishkek = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.bishkek2021 } });
      expect(await linkMeetingAction(null, toFormData({ meetingId: meeting.id, version: 1, targetId: bishkek.id, kind: "RELATED" }))).toMatchObject({ ok: false });
    }
    expect(await meetingSnapshot(meeting.id)).toEqual(before);
  });
});

describe("staff reads", () => {
  it("lists each actor's scope with drafts and per-language states, filtered by status and text", async () => {
    const draft = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.draftMeeting } });
    const europe = await listStaffMeetings({ actor: users.staffEurope, locale: "en", filters: { status: "DRAFT" }, page: 1 });
    expect(europe.items.map((m) => m.id)).toContain(draft.id);
    expect(europe.items.every((m) => m.status === "DRAFT")).toBe(true);
    const asia = await listStaffMeetings({ actor: users.staffAsia, locale: "en", filters: {}, page: 1 });
    expect(asia.items.map((m) => m.id)).not.toContain(draft.id);
    const bishkek = await listStaffMeetings({ actor: users.staffEurope, locale: "en", filters: { q: "11th meeting" }, page: 1 });
    expect(bishkek.items.map((m) => m.slug)).toEqual([SEED_SLUGS.bishkek2021]);
    expect(bishkek.items[0].translations).toEqual({ en: "PUBLISHED", fr: "MISSING", es: "MISSING", ru: "PUBLISHED", ar: "MISSING" });
    // The RTC representative reads the meetings their centre hosts or organizes.
    const rtc = await listStaffMeetings({ actor: users.rtcBishkek, locale: "en", filters: {}, page: 1 });
    expect(rtc.items.map((m) => m.slug)).toContain(SEED_SLUGS.bishkek2021);
    const admin = await listStaffMeetings({ actor: users.admin, locale: "en", filters: {}, page: 1 });
    expect(admin.total).toBeGreaterThan(europe.total);
  });

  it("keeps editor pages inside the actor's scope and previews drafts as the public page will show them", async () => {
    const meeting = await createEuropeMeeting();
    await prisma.meetingTranslation.create({ data: { meetingId: meeting.id, locale: "ru", title: "Черновик", status: "DRAFT" } });
    expect(await getMeetingForEdit({ actor: users.staffAsia, id: meeting.id, locale: "en" })).toBeNull();
    expect(await getMeetingAgenda({ actor: users.staffAsia, id: meeting.id, locale: "en" })).toBeNull();
    const edit = await getMeetingForEdit({ actor: users.staffEurope, id: meeting.id, locale: "en" });
    expect(edit?.translationStates).toMatchObject({ en: "DRAFT", ru: "DRAFT", fr: "MISSING" });
    expect(edit?.isPublic).toBe(false);
    const russian = await getMeetingPreview({ actor: users.staffEurope, id: meeting.id, locale: "ru", uiLocale: "en" });
    expect(russian?.meeting.text).toMatchObject({ locale: "ru", title: "Черновик", isFallback: false });
    const spanish = await getMeetingPreview({ actor: users.staffEurope, id: meeting.id, locale: "es", uiLocale: "en" });
    expect(spanish?.meeting.text).toMatchObject({ locale: "en", isFallback: true });
    expect(spanish?.meeting.agenda.map((a) => a.title)).toEqual(["Opening", "Reports of the centres"]);
    // Hosted by RTC Bishkek: its representative may preview it; Budapest's may not.
    expect(await getMeetingPreview({ actor: users.rtcBishkek, id: meeting.id, locale: "en", uiLocale: "en" })).not.toBeNull();
    expect(await getMeetingPreview({ actor: users.rtcBudapest, id: meeting.id, locale: "en", uiLocale: "en" })).toBeNull();
  });

  it("uses a fixed number of queries however many rows a page has", async () => {
    // Enough meetings for a full page of 20 in Europe's scope.
    for (let i = 0; i < 22; i += 1) await createEuropeMeeting();
    const full = await countQueries(() => listStaffMeetings({ actor: users.staffEurope, locale: "en", filters: {}, page: 1 }));
    const small = await countQueries(() => listStaffMeetings({ actor: users.staffEurope, locale: "en", filters: { q: "11th meeting" }, page: 1 }));
    const empty = await countQueries(() => listStaffMeetings({ actor: users.staffEurope, locale: "en", filters: { q: "no such meeting" }, page: 1 }));
    expect((await listStaffMeetings({ actor: users.staffEurope, locale: "en", filters: {}, page: 1 })).items).toHaveLength(20);
    expect(full).toBe(small);
    expect(empty).toBe(small);
    expect(full).toBe(2);

    const big = await createEuropeMeeting();
    for (let i = 0; i < 12; i += 1) {
      await prisma.agendaItem.create({ data: { meetingId: big.id, position: 10 + i, translations: { create: [{ locale: "en", title: `Item ${i}` }, { locale: "ru", title: `Пункт ${i}` }] } } });
      await prisma.meetingOutcome.create({ data: { meetingId: big.id, position: 10 + i, kind: "OUTCOME", translations: { create: [{ locale: "en", text: `Outcome ${i}` }] } } });
    }
    const bigSmall = await createEuropeMeeting();
    const reads = [
      (id: string) => getMeetingForEdit({ actor: users.staffEurope, id, locale: "en" }),
      (id: string) => getMeetingAgenda({ actor: users.staffEurope, id, locale: "en" }),
      (id: string) => getMeetingOutcomes({ actor: users.staffEurope, id, locale: "en" }),
      (id: string) => getMeetingRelations({ actor: users.staffEurope, id, locale: "en", q: "meeting" }),
      (id: string) => getMeetingPreview({ actor: users.staffEurope, id, locale: "ru", uiLocale: "en" }),
    ];
    const counts = [];
    for (const read of reads) {
      const many = await countQueries(() => read(big.id));
      const few = await countQueries(() => read(bigSmall.id));
      expect(many).toBe(few);
      counts.push(many);
    }
    // The editor also reads its city's names in the other languages (the gazetteer): one more query, as fixed as the first.
    expect(counts).toEqual([2, 1, 1, 2, 2]);
    expect(await countQueries(() => getMeetingFormOptions({ actor: users.staffEurope, locale: "en" }))).toBe(4);
  });
});
