import "server-only";
// "Start from a report": a narrative report (pasted, or an imported news
// item's text) read by the extractor, its proposal turned into the meeting
// form's starting values, each with the sentence it came from. Nothing is
// saved here; staff review the form, then create the draft as usual, with
// the attendees, people and decisions they kept (addProposedParts).
import { assertCan, can, newsWhere, type Actor } from "@/lib/auth/permissions";
import { zoneOfCity } from "@/lib/content/time-zones";
import { prisma as db } from "@/lib/db/client";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { loadImportDirectory } from "@/lib/data/imports/load-import-directory";
import { NotFoundError } from "@/lib/errors/app-errors";
import { decisionKindOf, extractMeeting } from "@/lib/import/extract-meeting";
import { attendeeOfPerson } from "@/lib/import/people";
import { seriesOfNumber } from "@/lib/import/review";
import { detectLanguage } from "@/lib/import/text";
import type { ImportLocale } from "@/lib/import/types";

export type ProposedAttendee = {
  /** "structure:<id>" or "organization:<id>". */
  ref: string;
  name: string;
  role: "ORGANIZER" | "HOST" | "PARTNER" | "PARTICIPANT";
};

export type ReportProposal = {
  language: ImportLocale;
  isMeetingReport: boolean;
  /** The meeting form's starting values (named as its inputs). */
  values: Record<string, string>;
  /** Form field → the sentence its value came from. */
  evidence: Record<string, string>;
  attendees: ProposedAttendee[];
  /** Each with the index of the attendee they go with (null: none). */
  people: { name: string; role: string | null; attendee: number | null }[];
  decisions: string[];
  backToBack: string[];
  /** The number in a series the text gives (the form takes it with a series). */
  seriesNumber: number | null;
};

const EVIDENCE_FIELDS: Record<string, string> = {
  kind: "kind",
  seriesNumber: "number",
  startDate: "startDate",
  endDate: "endDate",
  format: "format",
  city: "city",
  country: "countryCode",
  region: "regionId",
  hosts: "hostStructureId",
  organizers: "organizerStructureId",
  partners: "partners",
  participants: "participants",
  decisions: "decisions",
  people: "people",
  backToBack: "backToBack",
};

/** The text of an imported news item the actor may read, to start from. */
export async function importedReportText({ actor, articleId }: { actor: Actor; articleId: string }) {
  const article = await db.newsArticle.findFirst({
    where: { id: articleId, imports: { some: {} }, ...newsWhere(actor, "news.readDraft") },
    select: { translations: { select: { locale: true, title: true, body: true } } },
  });
  const text = article?.translations[0];
  if (!text) throw new NotFoundError("news");
  return `${text.title}\n\n${text.body}`;
}

/** Imported news items the actor may read, newest first, to choose from. */
export async function listImportedReports({ actor }: { actor: Actor }) {
  const rows = await db.newsArticle.findMany({
    where: { imports: { some: {} }, ...newsWhere(actor, "news.readDraft") },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, translations: { select: { title: true }, take: 1 } },
  });
  return rows.map((r) => ({ value: r.id, label: r.translations[0]?.title ?? r.id }));
}

export async function proposeMeetingFromReport({
  actor,
  text,
}: {
  actor: Actor;
  text: string;
}): Promise<ReportProposal> {
  assertCan(actor, "meeting.create");
  const lines = text.trim().split(/\r?\n/);
  const title = lines.length > 1 && lines[0].trim().length <= 300 ? lines[0].trim() : "";
  const body = lines
    .slice(title ? 1 : 0)
    .join("\n")
    .trim();
  const language = detectLanguage(text);
  const directory = await loadImportDirectory(db);
  const proposal = extractMeeting(
    {
      source: "report",
      sourceUrl: null,
      title: title || text.slice(0, 120),
      language,
      publishedOn: null,
      body: text,
      translationGroup: null,
      images: [],
    },
    directory,
  );
  const m = proposal.meeting;
  const slugs = m ? [...m.organizers, ...m.hosts, ...m.partners, ...m.participants] : [];
  const [structures, organizations, regions, series] = await Promise.all([
    db.structure.findMany({
      where: { slug: { in: slugs.flatMap((o) => (o.structure ? [o.structure] : [])) } },
      select: { id: true, slug: true },
    }),
    db.organization.findMany({
      where: { slug: { in: slugs.flatMap((o) => (o.organization ? [o.organization] : [])) } },
      select: { id: true, slug: true },
    }),
    db.region.findMany({ select: { id: true, code: true } }),
    m ? db.meetingSeries.findMany({ where: { kind: m.kind }, select: { id: true, regionId: true } }) : [],
  ]);
  const structureId = (slug: string | null) => structures.find((s) => s.slug === slug)?.id ?? null;
  const attendees: ProposedAttendee[] = [];
  for (const [role, list] of [
    ["ORGANIZER", m?.organizers ?? []],
    ["HOST", m?.hosts ?? []],
    ["PARTNER", m?.partners ?? []],
    ["PARTICIPANT", m?.participants ?? []],
  ] as const) {
    for (const org of list) {
      const id = structureId(org.structure) ?? organizations.find((o) => o.slug === org.organization)?.id;
      const ref = id ? `${structureId(org.structure) ? "structure" : "organization"}:${id}` : null;
      if (ref && !attendees.some((a) => a.ref === ref && a.role === role))
        attendees.push({ ref, name: org.name, role });
    }
  }
  const proposedRegion = regions.find((r) => r.code === m?.region)?.id ?? null;
  const regionId = can(actor, "content.chooseRegion") ? (proposedRegion ?? "") : (actor.regionId ?? "");
  const seriesId = m?.seriesNumber != null ? seriesOfNumber(series, regionId || null)?.id : null;
  const values: Record<string, string> = {
    kind: m?.kind ?? "OTHER",
    format: m?.format ?? "IN_PERSON",
    seriesId: seriesId ?? "",
    // Kept without a series too: the form then asks for the series (never dropped).
    number: m?.seriesNumber != null ? String(m.seriesNumber) : "",
    startDate: m?.startDate ?? "",
    endDate: m?.endDate ?? m?.startDate ?? "",
    startTime: "09:00",
    endTime: "17:00",
    timeZone: zoneOfCity(m?.city, m?.country) ?? "UTC",
    city: m?.city ?? "",
    countryCode: m?.country ?? "",
    regionId,
    hostStructureId: structureId(m?.hosts[0]?.structure ?? null) ?? "",
    organizerStructureId: structureId(m?.organizers[0]?.structure ?? null) ?? "",
    [`t.${language}.title`]: title,
    [`t.${language}.summary`]: body
      .split(/\n\s*\n/)[0]
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 300),
    [`t.${language}.body`]: body,
  };
  const evidence: Record<string, string> = {};
  for (const [field, sentence] of Object.entries(proposal.evidence)) {
    const name = EVIDENCE_FIELDS[field];
    if (name && sentence) evidence[name] = sentence;
  }
  if (evidence.city) evidence.timeZone = evidence.city;
  const people = proposal.people.map((p) => ({
    ...p,
    attendee: attendeeOfPerson(p, attendees),
  }));
  return {
    language,
    isMeetingReport: proposal.isMeetingReport,
    values,
    evidence,
    attendees,
    people,
    decisions: m?.decisions ?? [],
    backToBack: m?.backToBack ?? [],
    seriesNumber: m?.seriesNumber ?? null,
  };
}

/**
 * After the draft is created: the attendees, people (never public) and
 * decisions the user kept from the proposal.
 */
export async function addProposedParts({
  actor,
  meetingId,
  attendees,
  people,
  decisions,
  locale,
}: {
  actor: Actor;
  meetingId: string;
  attendees: { ref: string; role: ProposedAttendee["role"] }[];
  people: { name: string; role: string; attendee: number }[];
  decisions: string[];
  locale: ImportLocale;
}) {
  await db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { regionId: true } });
    if (!meeting) throw new NotFoundError("meeting");
    assertCan(actor, "meeting.update", { regionId: meeting.regionId });
    const ids = attendees.map((a) => a.ref.split(":")[1]);
    const [structures, organizations] = await Promise.all([
      tx.structure.findMany({ where: { id: { in: ids } }, select: { id: true } }),
      tx.organization.findMany({ where: { id: { in: ids } }, select: { id: true } }),
    ]);
    for (const [position, attendee] of attendees.entries()) {
      const [kind, id] = attendee.ref.split(":");
      const known = kind === "structure" ? structures.some((s) => s.id === id) : organizations.some((o) => o.id === id);
      if (!known) continue;
      const mine = people.filter((p) => p.attendee === position);
      await tx.attendee.create({
        data: {
          meetingId,
          role: attendee.role,
          position,
          ...(kind === "structure" ? { structureId: id } : { organizationId: id }),
          people: {
            create: mine.map((p, index) => ({
              position: index,
              fullName: p.name,
              jobTitle: p.role,
              publicConsent: false,
            })),
          },
        },
      });
    }
    for (const [position, text] of decisions.entries()) {
      await tx.meetingOutcome.create({
        data: {
          meetingId,
          position,
          kind: "DECISION",
          decisionKind: decisionKindOf(text),
          translations: { create: [{ locale, text }] },
        },
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "meeting.fromReport",
      entityType: "Meeting",
      entityId: meetingId,
      after: { attendees: attendees.length, people: people.length, decisions: decisions.length },
    });
  });
}
