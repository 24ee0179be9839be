// Meetings with translations, agenda, outcomes, attendees (and their people)
// and relations, each created in one nested write together with its children.
import { meetings } from "./data/meetings";
import { organizations } from "./data/organizations";
import { series } from "./data/series";
import type { AttendeeSeed, MeetingSeed } from "./data/types";
import { lookup, perLocale, regionLookup, structureLookup, type Lookup, type SeedContext } from "./context";
import { localToUtc, resolveInstant, resolveSchedule } from "./time";
import { demoPdf } from "./demo-pdf";

type Lookups = { regions: Lookup; structures: Lookup; organizations: Lookup; series: Lookup };

async function loadLookups(ctx: SeedContext): Promise<Lookups> {
  const { prisma } = ctx;
  const structureSlugs = meetings.flatMap((m) => [
    ...(m.host ? [m.host] : []),
    ...(m.organizer ? [m.organizer] : []),
    ...(m.attendees ?? []).flatMap((a) => (a.structure ? [a.structure] : [])),
  ]);
  const orgRows = await prisma.organization.findMany({
    where: { slug: { in: organizations.map((o) => o.slug) } },
    select: { id: true, slug: true },
  });
  const seriesRows = await prisma.meetingSeries.findMany({
    where: { slug: { in: series.map((s) => s.slug) } },
    select: { id: true, slug: true },
  });
  return {
    regions: await regionLookup(ctx),
    structures: await structureLookup(ctx, [...new Set(structureSlugs)]),
    organizations: lookup(
      ctx,
      "organization",
      orgRows.map((row) => ({ key: row.slug, id: row.id })),
    ),
    series: lookup(
      ctx,
      "series",
      seriesRows.map((row) => ({ key: row.slug, id: row.id })),
    ),
  };
}

/** The series and number, unless staff already used that number for another meeting. */
async function seriesPlace(ctx: SeedContext, meeting: MeetingSeed, seriesIds: Lookup) {
  if (!meeting.series) return { seriesId: null, number: null };
  const seriesId = seriesIds.find(meeting.series.slug, `meeting ${meeting.slug}`) ?? null;
  const number = meeting.series.number ?? null;
  if (seriesId === null || number === null) return { seriesId, number: null };
  const taken = await ctx.prisma.meeting.findFirst({ where: { seriesId, number }, select: { id: true } });
  if (taken) ctx.log(`  ! meeting ${meeting.slug}: number ${number} already used in its series, left unnumbered`);
  return { seriesId, number: taken ? null : number };
}

/** Attendees whose structure or organization still exists, numbered in order. */
function attendeeRows(meeting: MeetingSeed, ids: Lookups) {
  const usedBy = `meeting ${meeting.slug}`;
  const resolved = (meeting.attendees ?? []).flatMap((attendee: AttendeeSeed) => {
    const structureId = attendee.structure ? ids.structures.find(attendee.structure, usedBy) : undefined;
    const organizationId = attendee.organization ? ids.organizations.find(attendee.organization, usedBy) : undefined;
    return structureId || organizationId
      ? [{ attendee, structureId: structureId ?? null, organizationId: organizationId ?? null }]
      : [];
  });
  return resolved.map(({ attendee, structureId, organizationId }, position) => ({
    role: attendee.role,
    position,
    structureId,
    organizationId,
    people: {
      create: (attendee.people ?? []).map((person, index) => ({
        position: index,
        fullName: person.fullName,
        jobTitle: person.jobTitle ?? "",
        publicConsent: person.publicConsent,
        email: person.email ?? "",
        phone: person.phone ?? "",
      })),
    },
  }));
}

async function relationRows(ctx: SeedContext, meeting: MeetingSeed) {
  const targets = meeting.relations ?? [];
  if (targets.length === 0) return [];
  const rows = await ctx.prisma.meeting.findMany({
    where: { slug: { in: targets.map((r) => r.to) } },
    select: { id: true, slug: true },
  });
  const ids = lookup(
    ctx,
    "meeting",
    rows.map((row) => ({ key: row.slug, id: row.id })),
  );
  return targets.flatMap((relation) => {
    const toMeetingId = ids.find(relation.to, `meeting ${meeting.slug}`);
    return toMeetingId ? [{ toMeetingId, kind: relation.kind }] : [];
  });
}

/** Writes the meeting's demo PDFs to storage; their rows, created with the meeting. */
async function documentRows(ctx: SeedContext, meeting: MeetingSeed) {
  return Promise.all(
    (meeting.documents ?? []).map(async (doc, position) => {
      const bytes = demoPdf(doc.title, doc.lines);
      const storageKey = `documents/demo/${meeting.slug}/${doc.fileName}.pdf`;
      await ctx.putFile(storageKey, bytes);
      return {
        position,
        title: doc.title,
        language: doc.language,
        storageKey,
        fileName: `${doc.fileName}.pdf`,
        mimeType: "application/pdf",
        sizeBytes: bytes.byteLength,
        isPublic: !doc.staffOnly,
        kind: doc.kind ?? "OTHER",
      };
    }),
  );
}

async function createMeeting(ctx: SeedContext, meeting: MeetingSeed, ids: Lookups): Promise<void> {
  const usedBy = `meeting ${meeting.slug}`;
  const { startsAt, endsAt } = resolveSchedule(meeting.schedule, meeting.timeZone, ctx.now);
  const publishedAt =
    meeting.status === "PUBLISHED" && meeting.publishedAt !== undefined
      ? resolveInstant(meeting.publishedAt, ctx.now)
      : null;
  const translationStatus = publishedAt ? ("PUBLISHED" as const) : ("DRAFT" as const);

  const created = await ctx.prisma.meeting.create({
    data: {
      slug: meeting.slug,
      kind: meeting.kind,
      status: meeting.status,
      ...(await seriesPlace(ctx, meeting, ids.series)),
      startsAt,
      endsAt,
      timeZone: meeting.timeZone,
      format: meeting.format,
      joinUrl: meeting.join?.url ?? "",
      joinUrlFromStartDay: meeting.join?.fromStartDay ?? true,
      city: meeting.city,
      countryCode: meeting.countryCode ?? null,
      regionId: meeting.region ? (ids.regions.find(meeting.region, usedBy) ?? null) : null,
      hostStructureId: meeting.host ? (ids.structures.find(meeting.host, usedBy) ?? null) : null,
      organizerStructureId: meeting.organizer ? (ids.structures.find(meeting.organizer, usedBy) ?? null) : null,
      publishedAt,
      translations: {
        create: perLocale(meeting.t, (locale, text) => ({
          locale,
          title: text.title,
          summary: text.summary,
          body: text.body,
          venue: text.venue ?? "",
          status: translationStatus,
          publishedAt,
        })),
      },
      agendaItems: {
        create: (meeting.agenda ?? []).map((item, position) => ({
          position,
          startsAt: item.at ? localToUtc(item.at, meeting.timeZone) : null,
          endsAt: item.until ? localToUtc(item.until, meeting.timeZone) : null,
          translations: {
            create: perLocale(item.t, (locale, text) => ({
              locale,
              title: text.title,
              description: text.description ?? "",
            })),
          },
        })),
      },
      outcomes: {
        create: (meeting.outcomes ?? []).map((outcome, position) => ({
          position,
          kind: outcome.kind,
          translations: { create: perLocale(outcome.t, (locale, text) => ({ locale, text })) },
        })),
      },
      attendees: { create: attendeeRows(meeting, ids) },
      relatedFrom: { create: await relationRows(ctx, meeting) },
      documents: { create: await documentRows(ctx, meeting) },
    },
    select: { id: true },
  });
  await seedTimetable(ctx, meeting, created.id);
  await attachDocumentsToItems(ctx, meeting, created.id);
}

/** Each document that names an agenda item (by its start) is attached to that item. */
async function attachDocumentsToItems(ctx: SeedContext, meeting: MeetingSeed, meetingId: string): Promise<void> {
  const attached = (meeting.documents ?? []).flatMap((doc) =>
    doc.agendaItemAt ? [{ fileName: doc.fileName, at: doc.agendaItemAt }] : [],
  );
  if (!attached.length) return;
  const items = await ctx.prisma.agendaItem.findMany({ where: { meetingId }, select: { id: true, startsAt: true } });
  for (const doc of attached) {
    const startsAt = localToUtc(doc.at, meeting.timeZone).getTime();
    const item = items.find((row) => row.startsAt?.getTime() === startsAt);
    if (!item) throw new Error(`meeting ${meeting.slug}: no agenda item at ${doc.at} for ${doc.fileName}`);
    await ctx.prisma.meetingDocument.updateMany({
      where: { meetingId, fileName: `${doc.fileName}.pdf` },
      data: { agendaItemId: item.id },
    });
  }
}

/** Sessions, and the session and speakers of each agenda item, once the meeting and its people exist. */
async function seedTimetable(ctx: SeedContext, meeting: MeetingSeed, meetingId: string): Promise<void> {
  if (!meeting.sessions?.length && !meeting.agenda?.some((item) => item.speakers?.length)) return;
  const people = await ctx.prisma.attendeePerson.findMany({
    where: { attendee: { meetingId } },
    select: { id: true, fullName: true },
  });
  const personId = (fullName: string) => {
    const id = people.find((p) => p.fullName === fullName)?.id;
    if (!id) throw new Error(`meeting ${meeting.slug}: no attendee person named ${fullName}`);
    return id;
  };
  const sessionIds = new Map<string, string>();
  for (const [position, session] of (meeting.sessions ?? []).entries()) {
    const row = await ctx.prisma.meetingSession.create({
      data: {
        meetingId,
        position,
        chairId: session.chair ? personId(session.chair) : null,
        room: session.room ?? "",
        link: session.link ?? "",
        translations: { create: perLocale(session.t, (locale, title) => ({ locale, title })) },
      },
      select: { id: true },
    });
    sessionIds.set(session.key, row.id);
  }
  const items = await ctx.prisma.agendaItem.findMany({
    where: { meetingId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  for (const [index, item] of (meeting.agenda ?? []).entries()) {
    await ctx.prisma.agendaItem.update({
      where: { id: items[index].id },
      data: {
        sessionId: item.session ? (sessionIds.get(item.session) ?? null) : null,
        speakers: {
          create: (item.speakers ?? []).map((name, position) => ({ personId: personId(name), position })),
        },
      },
    });
  }
}

export async function seedMeetings(ctx: SeedContext): Promise<void> {
  const existing = new Set(
    (
      await ctx.prisma.meeting.findMany({
        where: { slug: { in: meetings.map((m) => m.slug) } },
        select: { slug: true },
      })
    ).map((row) => row.slug),
  );
  const missing = meetings.filter((meeting) => !existing.has(meeting.slug));
  if (missing.length === 0) return;
  const ids = await loadLookups(ctx);
  for (const meeting of missing) {
    await createMeeting(ctx, meeting, ids);
    ctx.created("meeting");
  }
}
