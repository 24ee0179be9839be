import { afterEach, beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { prisma } from "@/lib/db/client";
import {
  addAgendaItemAction,
  addSessionAction,
  moveSessionAction,
  removeSessionAction,
  updateAgendaItemAction,
} from "@/lib/actions/meeting-agenda";
import { updateDocumentAction } from "@/lib/actions/documents";
import { getPublishedMeeting } from "@/lib/data/meetings/get-published-meeting";
import { tagsChangedByTime } from "@/lib/data/list-tags-changed-by-time";
import { cacheTags } from "@/lib/cache/tags";
import { GET as agendaIcs } from "@/app/[locale]/meetings/[slug]/agenda.ics/route";
import { SEED_PEOPLE, SEED_SLUGS } from "@/prisma/seed/keys";
import { setTestUser } from "../support/test-session";
import { demoUsers } from "../support/test-users";
import { createEuropeMeeting, toFormData } from "../support/meeting-fixtures";

let users: Awaited<ReturnType<typeof demoUsers>>;
beforeAll(async () => {
  users = await demoUsers();
});
afterEach(() => setTestUser(null));

const withSlug = (locale: string, slug: string) => ({ params: Promise.resolve({ locale, slug }) });

/** A meeting with two attendees' people: one who consented to be named, one who did not. */
async function meetingWithPeople() {
  const meeting = await createEuropeMeeting({ status: "PUBLISHED", published: true });
  const structure = await prisma.structure.findUniqueOrThrow({ where: { slug: SEED_SLUGS.rtcBishkek } });
  const attendee = await prisma.attendee.create({
    data: {
      meetingId: meeting.id,
      role: "SPEAKER",
      position: 0,
      structureId: structure.id,
      people: {
        create: [
          { position: 0, fullName: "Saule Named-Speaker", publicConsent: true },
          { position: 1, fullName: "Quiet Unnamed-Speaker", publicConsent: false },
        ],
      },
    },
    select: { people: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  const [named, unnamed] = attendee.people.map((p) => p.id);
  return { meeting, named, unnamed };
}

describe("the timetable of the 11th Europe meeting (seed)", () => {
  it("has sessions with chairs and rooms, items with end times, and speakers named only with consent", async () => {
    const meeting = await getPublishedMeeting({ locale: "en", slug: SEED_SLUGS.bishkek2021 });
    expect(meeting?.sessions.map((s) => s.title)).toEqual([
      "Opening session",
      "The region's structures report",
      "Working session: planning and monitoring",
    ]);
    expect(meeting?.sessions[1].chair?.name).toBe(SEED_PEOPLE.publicAttendeeName);
    expect(meeting?.sessions[0].room).toContain("RTC Bishkek");
    const reports = meeting?.agenda.find((i) => i.title === "Reports of the Regional Training Centres");
    expect(reports?.endsAt?.toISOString()).toBe("2021-10-13T07:00:00.000Z"); // 13:00 in Bishkek
    expect(reports?.sessionId).toBe(meeting?.sessions[1].id);
    // The consented host is named; the one who did not consent is their organization only.
    expect(reports?.speakers.map((s) => s.name)).toEqual(["Aibek Misalov", null]);
    expect(reports?.speakers[1].organization?.slug).toBe(SEED_SLUGS.rtcBishkek);
    expect(JSON.stringify(meeting)).not.toContain(SEED_PEOPLE.privateAttendeeName);
  });

  it("exports one calendar event per timed item, with its start and end, naming no one without consent", async () => {
    const response = await agendaIcs(new Request("http://localhost/x"), withSlug("en", SEED_SLUGS.bishkek2021));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text).not.toContain(SEED_PEOPLE.privateAttendeeName);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(7);
    const opening = events.find((e) => e.summary === "Opening and welcome by the host")!;
    expect(opening.startDate.toJSDate().toISOString()).toBe("2021-10-12T03:00:00.000Z");
    expect(opening.endDate.toJSDate().toISOString()).toBe("2021-10-12T04:00:00.000Z");
    expect(opening.location).toContain("RTC Bishkek");
    expect(new Set(events.map((e) => e.uid)).size).toBe(7);
    const missing = await agendaIcs(new Request("http://localhost/x"), withSlug("en", SEED_SLUGS.draftMeeting));
    expect(missing.status).toBe(404);
  });

  it("carries a seeded PDF on an agenda item, with its kind, beside one for the meeting as a whole", async () => {
    const meeting = await getPublishedMeeting({ locale: "en", slug: SEED_SLUGS.bishkek2021 });
    const planning = meeting?.agenda.find((i) => i.title === "Towards a joint action plan of RTC activities");
    expect(planning).toBeDefined();
    const onItem = meeting?.documents.filter((d) => d.agendaItemId === planning?.id);
    expect(onItem).toEqual([
      expect.objectContaining({
        kind: "REPORT",
        mimeType: "application/pdf",
        fileName: "joint-action-plan-draft-2021.pdf",
      }),
    ]);
    expect(meeting?.documents.filter((d) => d.agendaItemId === null).map((d) => d.fileName)).toEqual([
      "agenda-11th-meeting-europe-2021.pdf",
    ]);
    // The 2011 Brussels meeting: its presentation on the item it was given at.
    const brussels = await getPublishedMeeting({ locale: "en", slug: SEED_SLUGS.brussels2011 });
    const performance = brussels?.agenda.find((i) => i.title === "Performance measurement of the regional structures");
    expect(brussels?.documents.filter((d) => d.agendaItemId === performance?.id)).toEqual([
      expect.objectContaining({ kind: "PRESENTATION", fileName: "performance-measurement-presentation-2011.pdf" }),
    ]);
  });
});

describe("the timetable editor", () => {
  it("adds sessions, orders them, and gives items a session, an end time and speakers of this meeting only", async () => {
    const { meeting, named, unnamed } = await meetingWithPeople();
    setTestUser(users.staffEurope);
    let version = 1;
    const ref = () => ({ meetingId: meeting.id, version: version++ });
    const first = await addSessionAction(
      null,
      toFormData({ ...ref(), "t.en.title": "Morning", "t.ar.title": "الصباح", chairId: named, room: "Hall A" }),
    );
    expect(first).toMatchObject({ ok: true });
    const second = await addSessionAction(
      null,
      toFormData({ ...ref(), "t.en.title": "Online afternoon", link: "https://meet.example.org/afternoon" }),
    );
    expect(second).toMatchObject({ ok: true });
    const [morningId, afternoonId] = [first, second].map((r) => (r as { data: { id: string } }).data.id);
    // A session needs an English title; a chair must be one of this meeting's people; a link must be a web address.
    const refused = await addSessionAction(
      null,
      toFormData({ meetingId: meeting.id, version, "t.fr.title": "Matin", link: "not a link" }),
    );
    expect(refused).toMatchObject({ ok: false });
    expect(Object.keys((refused as { fieldErrors: object }).fieldErrors)).toEqual(
      expect.arrayContaining(["t.en.title", "link"]),
    );
    expect(await moveSessionAction(null, toFormData({ ...ref(), itemId: afternoonId, direction: "up" }))).toMatchObject(
      { ok: true },
    );
    const order = await prisma.meetingSession.findMany({
      where: { meetingId: meeting.id },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    expect(order.map((s) => s.id)).toEqual([afternoonId, morningId]);

    const item = await addAgendaItemAction(
      null,
      toFormData({
        ...ref(),
        startsAt: "2027-03-01T10:00",
        endsAt: "2027-03-01T11:30",
        sessionId: morningId,
        speakerIds: [named, unnamed],
        "t.en.title": "Keynote",
      }),
    );
    expect(item).toMatchObject({ ok: true });
    const itemId = (item as { data: { id: string } }).data.id;
    const saved = await prisma.agendaItem.findUniqueOrThrow({
      where: { id: itemId },
      include: { speakers: { orderBy: { position: "asc" } } },
    });
    expect(saved.endsAt?.toISOString()).toBe("2027-03-01T05:30:00.000Z");
    expect(saved.sessionId).toBe(morningId);
    expect(saved.speakers.map((s) => s.personId)).toEqual([named, unnamed]);

    // An end before the start, a session and a speaker of another meeting: refused, every error at once, nothing changed.
    const other = await meetingWithPeople();
    const otherSession = await prisma.meetingSession.create({
      data: {
        meetingId: other.meeting.id,
        position: 0,
        translations: { create: { locale: "en", title: "Elsewhere" } },
      },
    });
    const wrong = await updateAgendaItemAction(
      null,
      toFormData({
        meetingId: meeting.id,
        version,
        itemId,
        startsAt: "2027-03-01T10:00",
        endsAt: "2027-03-01T09:00",
        sessionId: otherSession.id,
        speakerIds: [other.named],
        "t.en.title": "Keynote",
      }),
    );
    expect(wrong).toMatchObject({ ok: false });
    expect(Object.keys((wrong as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      "endsAt",
      "sessionId",
      "speakerIds",
    ]);
    expect(
      (await prisma.agendaItemSpeaker.findMany({ where: { agendaItemId: itemId } })).map((s) => s.personId).sort(),
    ).toEqual([named, unnamed].sort());

    // The public page names the consented speaker and chair, and only the organization of the other.
    const shown = await getPublishedMeeting({ locale: "en", slug: meeting.slug });
    const keynote = shown?.agenda.find((i) => i.id === itemId);
    expect(keynote?.speakers.map((s) => s.name)).toEqual(["Saule Named-Speaker", null]);
    expect(keynote?.speakers[1].organization?.slug).toBe(SEED_SLUGS.rtcBishkek);
    expect(shown?.sessions.find((s) => s.id === morningId)?.chair?.name).toBe("Saule Named-Speaker");
    expect(JSON.stringify(shown)).not.toContain("Quiet Unnamed-Speaker");

    // Removing a session keeps its items, without a session.
    expect(await removeSessionAction(null, toFormData({ ...ref(), itemId: morningId }))).toMatchObject({ ok: true });
    expect((await prisma.agendaItem.findUniqueOrThrow({ where: { id: itemId } })).sessionId).toBeNull();
    const audit = await prisma.auditLog.findMany({ where: { entityId: meeting.id }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["meeting.session.add", "meeting.session.move", "meeting.session.remove"]),
    );
  });

  it("attaches a document to an agenda item of the same meeting only, with its kind", async () => {
    const meeting = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    const other = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    const document = await prisma.meetingDocument.create({
      data: {
        meetingId: meeting.id,
        position: 0,
        title: "Slides of the opening",
        language: "en",
        storageKey: "documents/test/none.pdf",
        fileName: "opening.pdf",
        mimeType: "application/pdf",
        sizeBytes: 1234,
      },
    });
    setTestUser(users.staffEurope);
    const fields = { meetingId: meeting.id, documentId: document.id, title: "Slides of the opening", language: "en" };
    const wrong = await updateDocumentAction(
      null,
      toFormData({ ...fields, version: 1, kind: "PRESENTATION", agendaItemId: other.agendaItems[0].id }),
    );
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { agendaItemId: expect.any(Array) } });
    const right = await updateDocumentAction(
      null,
      toFormData({ ...fields, version: 1, kind: "PRESENTATION", agendaItemId: meeting.agendaItems[0].id }),
    );
    expect(right).toMatchObject({ ok: true });
    const shown = await getPublishedMeeting({ locale: "en", slug: meeting.slug });
    expect(shown?.documents).toEqual([
      expect.objectContaining({ id: document.id, kind: "PRESENTATION", agendaItemId: meeting.agendaItems[0].id }),
    ]);
  });
});

describe("the join link", () => {
  it("is public from the meeting's first day at the venue when staff keep it back, and that day refreshes the page", async () => {
    const meeting = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    // 2027-03-01T03:00Z is 09:00 in Bishkek (GMT+6): the first day begins at 2027-02-28T18:00Z.
    await prisma.meeting.update({
      where: { id: meeting.id },
      data: { format: "HYBRID", joinUrl: "https://meet.example.org/fixture", joinUrlFromStartDay: true },
    });
    const tags = (since: string, until: string) => tagsChangedByTime(new Date(since), new Date(until));
    expect(await tags("2027-02-28T17:59:00Z", "2027-02-28T18:00:00Z")).toContain(cacheTags.meeting(meeting.id));
    expect(await tags("2027-02-28T18:00:00Z", "2027-02-28T18:01:00Z")).not.toContain(cacheTags.meeting(meeting.id));
    expect(await tags("2027-02-27T17:59:00Z", "2027-02-27T18:00:00Z")).not.toContain(cacheTags.meeting(meeting.id));
  });
});
