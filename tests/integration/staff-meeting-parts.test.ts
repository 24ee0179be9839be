import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { countQueries } from "../support/queries";
import {
  addAgendaItemAction,
  moveAgendaItemAction,
  removeAgendaItemAction,
  updateAgendaItemAction,
} from "@/lib/actions/meeting-agenda";
import {
  addOutcomeAction,
  moveOutcomeAction,
  removeOutcomeAction,
  updateOutcomeAction,
} from "@/lib/actions/meeting-outcomes";
import { linkMeetingAction, unlinkMeetingAction } from "@/lib/actions/meeting-relations";
import { getPublishedMeeting } from "@/lib/data/meetings/get-published-meeting";
import { listAgendaItems } from "@/lib/data/meetings/manage-agenda";
import { getMeetingForEdit, getMeetingRelations } from "@/lib/data/meetings/get-meeting-editor";
import { listStaffMeetings } from "@/lib/data/meetings/list-staff-meetings";
import { findMeetingForStaff } from "@/lib/data/meetings/claim-meeting";
import { getNewMeetingForm } from "@/lib/data/meetings/get-meeting-form";
import { getMeetingPreview } from "@/lib/data/meetings/get-meeting-preview";
import { listMeetingDecisions } from "@/lib/data/decisions/list-public-decisions";
import { listOutcomes } from "@/lib/data/meetings/manage-outcomes";
import type { SessionUser } from "@/lib/data/users/find-session-user";
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

const agendaTitles = async (id: string) =>
  (
    await prisma.agendaItem.findMany({
      where: { meetingId: id },
      orderBy: { position: "asc" },
      include: { translations: { where: { locale: "en" } } },
    })
  ).map((i) => i.translations[0]?.title);

describe("the agenda editor", () => {
  it("adds, edits, moves and removes items, each audited, and shows them publicly with the meeting's text", async () => {
    const meeting = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    setTestUser(users.staffEurope);
    const added = await addAgendaItemAction(
      null,
      toFormData({
        meetingId: meeting.id,
        version: 1,
        startsAt: "2027-03-01T14:30",
        "t.en.title": "Joint action plan",
        "t.en.description": "Drafting session",
        "t.ru.title": "Совместный план",
      }),
    );
    expect(added).toMatchObject({ ok: true });
    const newId = (added as { data: { id: string } }).data.id;
    const item = await prisma.agendaItem.findUniqueOrThrow({ where: { id: newId }, include: { translations: true } });
    // 14:30 in Bishkek is 08:30 UTC.
    expect(item.startsAt?.toISOString()).toBe("2027-03-01T08:30:00.000Z");
    expect(item.translations).toHaveLength(2);
    expect(await agendaTitles(meeting.id)).toEqual(["Opening", "Reports of the centres", "Joint action plan"]);

    expect(
      await moveAgendaItemAction(
        null,
        toFormData({ meetingId: meeting.id, version: 2, itemId: newId, direction: "up" }),
      ),
    ).toMatchObject({ ok: true });
    expect(await agendaTitles(meeting.id)).toEqual(["Opening", "Joint action plan", "Reports of the centres"]);
    // Moving the first item up changes nothing but is not an error.
    expect(
      await moveAgendaItemAction(
        null,
        toFormData({ meetingId: meeting.id, version: 3, itemId: meeting.agendaItems[0].id, direction: "up" }),
      ),
    ).toMatchObject({ ok: true });

    const edited = await updateAgendaItemAction(
      null,
      toFormData({
        meetingId: meeting.id,
        version: 4,
        itemId: newId,
        startsAt: "",
        "t.en.title": "Joint action plan 2028",
      }),
    );
    expect(edited).toMatchObject({ ok: true });
    const after = await prisma.agendaItem.findUniqueOrThrow({ where: { id: newId }, include: { translations: true } });
    expect(after.startsAt).toBeNull();
    expect(after.translations.map((t) => [t.locale, t.title])).toEqual([["en", "Joint action plan 2028"]]);

    const shown = await getPublishedMeeting({ locale: "en", slug: meeting.slug });
    expect(shown?.agenda.map((a) => a.title)).toEqual(["Opening", "Joint action plan 2028", "Reports of the centres"]);

    expect(
      await removeAgendaItemAction(null, toFormData({ meetingId: meeting.id, version: 5, itemId: newId })),
    ).toMatchObject({ ok: true });
    expect(await agendaTitles(meeting.id)).toEqual(["Opening", "Reports of the centres"]);
    const audit = await prisma.auditLog.findMany({
      where: { entityId: meeting.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "meeting.agenda.add",
      "meeting.agenda.move",
      "meeting.agenda.move",
      "meeting.agenda.update",
      "meeting.agenda.remove",
    ]);
  });

  it("gives field errors for a missing English title and a bad time, and refuses a stale page", async () => {
    const meeting = await createEuropeMeeting();
    setTestUser(users.staffEurope);
    const before = await meetingSnapshot(meeting.id);
    const noTitle = await addAgendaItemAction(
      null,
      toFormData({ meetingId: meeting.id, version: 1, "t.en.title": "", "t.fr.description": "Sans titre" }),
    );
    expect(noTitle).toMatchObject({
      ok: false,
      fieldErrors: { "t.en.title": ["This field is required."], "t.fr.title": ["This field is required."] },
      values: { "t.fr.description": "Sans titre" },
    });
    const badTime = await addAgendaItemAction(
      null,
      toFormData({ meetingId: meeting.id, version: 1, "t.en.title": "Item", startsAt: "2027-02-30T10:00" }),
    );
    expect(badTime).toMatchObject({ ok: false, fieldErrors: { startsAt: ["Enter a valid date."] } });
    const stale = await moveAgendaItemAction(
      null,
      toFormData({ meetingId: meeting.id, version: 7, itemId: meeting.agendaItems[1].id, direction: "up" }),
    );
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining("Nothing was overwritten") });
    expect(await meetingSnapshot(meeting.id)).toEqual(before);
  });

  it("refuses other roles and regions, and items of another meeting, changing nothing", async () => {
    const meeting = await createEuropeMeeting();
    const other = await createEuropeMeeting();
    const before = await meetingSnapshot(meeting.id);
    for (const user of [users.rtcBishkek, users.rtcBudapest, users.staffAsia, null]) {
      setTestUser(user);
      expect(
        await addAgendaItemAction(null, toFormData({ meetingId: meeting.id, version: 1, "t.en.title": "Intruder" })),
      ).toMatchObject({ ok: false });
      expect(
        await removeAgendaItemAction(
          null,
          toFormData({ meetingId: meeting.id, version: 1, itemId: meeting.agendaItems[0].id }),
        ),
      ).toMatchObject({ ok: false });
    }
    setTestUser(users.staffEurope);
    // An item id of another meeting: not found, and the claimed version is rolled back.
    expect(
      await removeAgendaItemAction(
        null,
        toFormData({ meetingId: meeting.id, version: 1, itemId: other.agendaItems[0].id }),
      ),
    ).toMatchObject({
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
    const added = await addOutcomeAction(
      null,
      toFormData({
        meetingId: meeting.id,
        version: 1,
        kind: "DECISION",
        "t.en.text": "Monitor RTC performance every year.",
        "t.ru.text": "Ежегодный мониторинг.",
      }),
    );
    expect(added).toMatchObject({ ok: true });
    const id = (added as { data: { id: string } }).data.id;
    expect(
      await moveOutcomeAction(null, toFormData({ meetingId: meeting.id, version: 2, itemId: id, direction: "up" })),
    ).toMatchObject({ ok: true });
    expect(
      await updateOutcomeAction(
        null,
        toFormData({
          meetingId: meeting.id,
          version: 3,
          itemId: id,
          kind: "OUTCOME",
          "t.en.text": "RTC performance is monitored.",
        }),
      ),
    ).toMatchObject({ ok: true });
    const shown = await getPublishedMeeting({ locale: "en", slug: meeting.slug });
    expect(shown?.outcomes.map((o) => [o.kind, o.text])).toEqual([
      ["OUTCOME", "The centres shared their plans."],
      ["OUTCOME", "RTC performance is monitored."],
      ["DECISION", "A joint plan will be drafted."],
    ]);
    expect(
      await removeOutcomeAction(null, toFormData({ meetingId: meeting.id, version: 4, itemId: id })),
    ).toMatchObject({ ok: true });
    expect(await prisma.meetingOutcome.count({ where: { meetingId: meeting.id } })).toBe(2);
    expect(
      await prisma.auditLog.count({ where: { entityId: meeting.id, action: { startsWith: "meeting.outcome." } } }),
    ).toBe(4);
    const noText = await addOutcomeAction(
      null,
      toFormData({ meetingId: meeting.id, version: 5, kind: "OUTCOME", "t.en.text": " " }),
    );
    expect(noText).toMatchObject({ ok: false, fieldErrors: { "t.en.text": ["This field is required."] } });
  });

  it("refuses the RTC representative and another region's staff", async () => {
    const meeting = await createEuropeMeeting();
    const before = await meetingSnapshot(meeting.id);
    for (const user of [users.rtcBishkek, users.staffAsia]) {
      setTestUser(user);
      expect(
        await addOutcomeAction(
          null,
          toFormData({ meetingId: meeting.id, version: 1, kind: "OUTCOME", "t.en.text": "No" }),
        ),
      ).toMatchObject({ ok: false });
      expect(
        await moveOutcomeAction(
          null,
          toFormData({ meetingId: meeting.id, version: 1, itemId: meeting.outcomes[1].id, direction: "up" }),
        ),
      ).toMatchObject({ ok: false });
    }
    expect(await meetingSnapshot(meeting.id)).toEqual(before);
  });
});

describe("related meetings", () => {
  it("links a meeting back-to-back with a committee meeting (an administrator), shows it on both pages, and removes the link", async () => {
    const meeting = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    setTestUser(users.admin);
    const found = await getMeetingRelations({
      actor: users.admin,
      id: meeting.id,
      locale: "en",
      q: "capacity building committee",
    });
    const committee = found?.candidates.find((c) => c.slug === SEED_SLUGS.capacityBuildingCommittee2011);
    expect(committee).toBeDefined();
    const linked = await linkMeetingAction(
      null,
      toFormData({ meetingId: meeting.id, version: 1, targetId: committee!.id, kind: "BACK_TO_BACK" }),
    );
    expect(linked).toMatchObject({
      ok: true,
      data: { tags: expect.arrayContaining([`meeting:${meeting.id}`, `meeting:${committee!.id}`, "meetings"]) },
    });
    expect(
      (await getPublishedMeeting({ locale: "en", slug: meeting.slug }))?.related.map((r) => [r.kind, r.meeting.slug]),
    ).toEqual([["BACK_TO_BACK", SEED_SLUGS.capacityBuildingCommittee2011]]);
    const committeePage = await getPublishedMeeting({ locale: "en", slug: SEED_SLUGS.capacityBuildingCommittee2011 });
    expect(committeePage?.related.map((r) => r.meeting.slug)).toContain(meeting.slug);
    // Linked once: the search no longer offers it, and a second link is refused either way round.
    const again = await getMeetingRelations({
      actor: users.admin,
      id: meeting.id,
      locale: "en",
      q: "capacity building committee",
    });
    expect(again?.candidates.map((c) => c.id)).not.toContain(committee!.id);
    expect(again?.links.map((l) => [l.meeting.id, l.meeting.mayChange])).toEqual([[committee!.id, true]]);
    const twice = await linkMeetingAction(
      null,
      toFormData({ meetingId: meeting.id, version: 2, targetId: committee!.id, kind: "RELATED" }),
    );
    expect(twice).toMatchObject({ ok: false, fieldErrors: { targetId: ["These meetings are already linked."] } });

    // Europe's staff see the link but may not remove it: it is on a page they may not edit.
    const europeView = await getMeetingRelations({ actor: users.staffEurope, id: meeting.id, locale: "en" });
    expect(europeView?.links.map((l) => l.meeting.mayChange)).toEqual([false]);
    setTestUser(users.staffEurope);
    const refused = await unlinkMeetingAction(
      null,
      toFormData({ meetingId: meeting.id, version: 2, targetId: committee!.id }),
    );
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("not allowed") });
    expect(await prisma.meetingRelation.count({ where: { fromMeetingId: meeting.id } })).toBe(1);

    setTestUser(users.admin);
    expect(
      await unlinkMeetingAction(null, toFormData({ meetingId: meeting.id, version: 2, targetId: committee!.id })),
    ).toMatchObject({ ok: true });
    expect(
      await prisma.meetingRelation.count({
        where: { OR: [{ fromMeetingId: meeting.id }, { toMeetingId: meeting.id }] },
      }),
    ).toBe(0);
    expect(
      await prisma.auditLog.count({ where: { entityId: meeting.id, action: { startsWith: "meeting.related." } } }),
    ).toBe(2);
  });

  it("never lets one region's staff change another region's public page through a link (issue 9, item 13)", async () => {
    const europe = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    const asiaPublic = await prisma.meeting.create({
      data: {
        slug: `asia-public-for-links-${europe.id}`,
        kind: "WORKSHOP",
        status: "PUBLISHED",
        startsAt: new Date(),
        endsAt: new Date(Date.now() + 3_600_000),
        timeZone: "Asia/Bangkok",
        region: { connect: { code: "AP" } },
        translations: { create: { locale: "en", title: "Asia public workshop", status: "PUBLISHED" } },
      },
    });
    setTestUser(users.staffEurope);
    // Not offered…
    expect(
      (await getMeetingRelations({ actor: users.staffEurope, id: europe.id, locale: "en", q: "Asia public" }))
        ?.candidates,
    ).toEqual([]);
    // …and refused by authorization, linking…
    const before = await meetingSnapshot(europe.id);
    expect(
      await linkMeetingAction(
        null,
        toFormData({ meetingId: europe.id, version: 1, targetId: asiaPublic.id, kind: "RELATED" }),
      ),
    ).toMatchObject({ ok: false, message: expect.stringContaining("not allowed"), fieldErrors: {} });
    expect(await meetingSnapshot(europe.id)).toEqual(before);
    // …and unlinking a link that shows on the Asia/Pacific page.
    await prisma.meetingRelation.create({
      data: { fromMeetingId: asiaPublic.id, toMeetingId: europe.id, kind: "RELATED" },
    });
    const linked = await meetingSnapshot(europe.id);
    expect(
      await unlinkMeetingAction(null, toFormData({ meetingId: europe.id, version: 1, targetId: asiaPublic.id })),
    ).toMatchObject({ ok: false, message: expect.stringContaining("not allowed") });
    expect(await meetingSnapshot(europe.id)).toEqual(linked);
    expect(
      (await getPublishedMeeting({ locale: "en", slug: asiaPublic.slug }))?.related.map((r) => r.meeting.slug),
    ).toEqual([europe.slug]);
    // Asia/Pacific's staff may not remove it from the Europe page either.
    setTestUser(users.staffAsia);
    expect(
      await unlinkMeetingAction(null, toFormData({ meetingId: asiaPublic.id, version: 1, targetId: europe.id })),
    ).toMatchObject({ ok: false, message: expect.stringContaining("not allowed") });
    expect(await prisma.meetingRelation.count({ where: { fromMeetingId: asiaPublic.id } })).toBe(1);
  });

  it("cannot link to a draft of another region, nor to itself; refuses other roles", async () => {
    const meeting = await createEuropeMeeting();
    const asiaDraft = await prisma.meeting.create({
      data: {
        slug: "asia-draft-for-links",
        kind: "WORKSHOP",
        startsAt: new Date(),
        endsAt: new Date(Date.now() + 3_600_000),
        timeZone: "Asia/Bangkok",
        region: { connect: { code: "AP" } },
        translations: { create: { locale: "en", title: "Asia draft workshop" } },
      },
    });
    setTestUser(users.staffEurope);
    const search = await getMeetingRelations({
      actor: users.staffEurope,
      id: meeting.id,
      locale: "en",
      q: "Asia draft",
    });
    expect(search?.candidates).toEqual([]);
    const before = await meetingSnapshot(meeting.id);
    expect(
      await linkMeetingAction(
        null,
        toFormData({ meetingId: meeting.id, version: 1, targetId: asiaDraft.id, kind: "RELATED" }),
      ),
    ).toMatchObject({ ok: false, message: expect.stringContaining("not allowed") });
    expect(
      await linkMeetingAction(
        null,
        toFormData({ meetingId: meeting.id, version: 1, targetId: meeting.id, kind: "RELATED" }),
      ),
    ).toMatchObject({ ok: false });
    expect(
      await linkMeetingAction(
        null,
        toFormData({ meetingId: meeting.id, version: 1, targetId: "nosuchmeeting", kind: "RELATED" }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { targetId: ["This value is not valid."] } });
    for (const user of [users.rtcBishkek, users.staffAsia, null]) {
      setTestUser(user);
      const bishkek = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.bishkek2021 } });
      expect(
        await linkMeetingAction(
          null,
          toFormData({ meetingId: meeting.id, version: 1, targetId: bishkek.id, kind: "RELATED" }),
        ),
      ).toMatchObject({ ok: false });
    }
    expect(await meetingSnapshot(meeting.id)).toEqual(before);
  });
});

describe("staff reads", () => {
  it("lists each actor's scope with drafts and per-language states, filtered by status and text", async () => {
    const draft = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.draftMeeting } });
    const europe = await listStaffMeetings({
      actor: users.staffEurope,
      locale: "en",
      filters: { status: "DRAFT" },
      page: 1,
    });
    expect(europe.items.map((m) => m.id)).toContain(draft.id);
    expect(europe.items.every((m) => m.status === "DRAFT")).toBe(true);
    const asia = await listStaffMeetings({ actor: users.staffAsia, locale: "en", filters: {}, page: 1 });
    expect(asia.items.map((m) => m.id)).not.toContain(draft.id);
    const bishkek = await listStaffMeetings({
      actor: users.staffEurope,
      locale: "en",
      filters: { q: "11th meeting" },
      page: 1,
    });
    expect(bishkek.items.map((m) => m.slug)).toEqual([SEED_SLUGS.bishkek2021]);
    expect(bishkek.items[0].translations).toEqual({
      en: "PUBLISHED",
      fr: "MISSING",
      es: "MISSING",
      ru: "PUBLISHED",
      ar: "MISSING",
    });
    // The RTC representative reads the meetings their centre hosts or organizes.
    const rtc = await listStaffMeetings({ actor: users.rtcBishkek, locale: "en", filters: {}, page: 1 });
    expect(rtc.items.map((m) => m.slug)).toContain(SEED_SLUGS.bishkek2021);
    const admin = await listStaffMeetings({ actor: users.admin, locale: "en", filters: {}, page: 1 });
    expect(admin.total).toBeGreaterThan(europe.total);
  });

  it("keeps editor pages inside the actor's scope and previews drafts as the public page will show them", async () => {
    const meeting = await createEuropeMeeting();
    await prisma.meetingTranslation.create({
      data: { meetingId: meeting.id, locale: "ru", title: "Черновик", status: "DRAFT" },
    });
    expect(await getMeetingForEdit({ actor: users.staffAsia, id: meeting.id })).toBeNull();
    expect(await listAgendaItems({ actor: users.staffAsia, meetingId: meeting.id })).toEqual([]);
    // One access check for every tab (and the CSV export): in scope, out of scope (403), unknown (404).
    expect(
      await findMeetingForStaff({ actor: users.staffAsia, id: meeting.id, action: "meeting.update", locale: "en" }),
    ).toEqual({ state: "forbidden" });
    expect(
      await findMeetingForStaff({
        actor: users.staffEurope,
        id: "nosuchmeeting",
        action: "meeting.update",
        locale: "en",
      }),
    ).toEqual({ state: "notFound" });
    expect(
      await findMeetingForStaff({ actor: users.rtcBishkek, id: meeting.id, action: "meeting.update", locale: "en" }),
    ).toEqual({ state: "forbidden" });
    const header = await findMeetingForStaff({
      actor: users.staffEurope,
      id: meeting.id,
      action: "meeting.update",
      locale: "en",
    });
    expect(header).toMatchObject({
      state: "ok",
      record: { translationStates: { en: "DRAFT", ru: "DRAFT", fr: "MISSING" }, isPublic: false },
    });
    const russian = await getMeetingPreview({ actor: users.staffEurope, id: meeting.id, locale: "ru" });
    expect(russian?.text).toMatchObject({ locale: "ru", title: "Черновик", isFallback: false });
    const spanish = await getMeetingPreview({ actor: users.staffEurope, id: meeting.id, locale: "es" });
    expect(spanish?.text).toMatchObject({ locale: "en", isFallback: true });
    expect(spanish?.agenda.map((a) => a.title)).toEqual(["Opening", "Reports of the centres"]);
    // Its decisions too, in the preview's languages, though neither the meeting nor its texts are public.
    await prisma.meetingOutcome.create({
      data: {
        meetingId: meeting.id,
        position: 0,
        kind: "DECISION",
        translations: {
          create: [
            { locale: "en", text: "Draft a shared training calendar." },
            { locale: "ru", text: "Подготовить общий календарь обучения." },
          ],
        },
      },
    });
    const withDecision = await getMeetingPreview({ actor: users.staffEurope, id: meeting.id, locale: "ru" });
    expect(withDecision?.decisions.map((d) => d.text)).toContainEqual({
      locale: "ru",
      text: "Подготовить общий календарь обучения.",
      isFallback: false,
    });
    expect(await listMeetingDecisions([meeting.id], "ru")).toEqual([]);
    // Hosted by RTC Bishkek: its representative may preview it; Budapest's may not.
    expect(
      await findMeetingForStaff({ actor: users.rtcBishkek, id: meeting.id, action: "meeting.readDraft", locale: "en" }),
    ).toMatchObject({ state: "ok" });
    expect(await getMeetingPreview({ actor: users.rtcBishkek, id: meeting.id, locale: "en" })).not.toBeNull();
    expect(await getMeetingPreview({ actor: users.rtcBudapest, id: meeting.id, locale: "en" })).toBeNull();
  });

  it("uses a fixed number of queries however many rows a page has", async () => {
    // Enough meetings for a full page of 20 in Europe's scope.
    for (let i = 0; i < 22; i += 1) await createEuropeMeeting();
    const full = (
      await countQueries(() => listStaffMeetings({ actor: users.staffEurope, locale: "en", filters: {}, page: 1 }))
    ).queries;
    const small = (
      await countQueries(() =>
        listStaffMeetings({ actor: users.staffEurope, locale: "en", filters: { q: "11th meeting" }, page: 1 }),
      )
    ).queries;
    const empty = (
      await countQueries(() =>
        listStaffMeetings({ actor: users.staffEurope, locale: "en", filters: { q: "no such meeting" }, page: 1 }),
      )
    ).queries;
    expect(
      (await listStaffMeetings({ actor: users.staffEurope, locale: "en", filters: {}, page: 1 })).items,
    ).toHaveLength(20);
    expect(full).toBe(small);
    expect(empty).toBe(small);
    expect(full).toBe(2);

    const big = await createEuropeMeeting();
    for (let i = 0; i < 12; i += 1) {
      await prisma.agendaItem.create({
        data: {
          meetingId: big.id,
          position: 10 + i,
          translations: {
            create: [
              { locale: "en", title: `Item ${i}` },
              { locale: "ru", title: `Пункт ${i}` },
            ],
          },
        },
      });
      await prisma.meetingOutcome.create({
        data: {
          meetingId: big.id,
          position: 10 + i,
          kind: "OUTCOME",
          translations: { create: [{ locale: "en", text: `Outcome ${i}` }] },
        },
      });
    }
    const bigSmall = await createEuropeMeeting();
    const reads: ((id: string) => Promise<unknown>)[] = [
      (id: string) => findMeetingForStaff({ actor: users.staffEurope, id, action: "meeting.update", locale: "en" }),
      (id: string) => getMeetingForEdit({ actor: users.staffEurope, id }),
      (id: string) => listAgendaItems({ actor: users.staffEurope, meetingId: id }),
      (id: string) => listOutcomes({ actor: users.staffEurope, meetingId: id }),
      (id: string) => getMeetingRelations({ actor: users.staffEurope, id, locale: "en", q: "meeting" }),
      (id: string) => getMeetingPreview({ actor: users.staffEurope, id, locale: "ru" }),
    ];
    const counts = [];
    for (const read of reads) {
      const many = (await countQueries(() => read(big.id))).queries;
      const few = (await countQueries(() => read(bigSmall.id))).queries;
      expect(many).toBe(few);
      counts.push(many);
    }
    // The details form also reads its city's names in the other languages (the gazetteer): one more query, as fixed as the first.
    // So does the Russian preview, whose data names its places in Russian, and it reads the meeting's
    // decisions (with the previous meeting's, in the same query) for the decisions section.
    expect(counts).toEqual([1, 2, 1, 1, 2, 3]);
    expect((await countQueries(() => getNewMeetingForm({ actor: users.staffEurope, locale: "en" }))).queries).toBe(5);
  });
});
