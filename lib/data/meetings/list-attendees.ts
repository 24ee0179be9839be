import "server-only";
import { prisma } from "@/lib/db/client";
import { meetingWhere, type Actor } from "@/lib/auth/permissions";
import { pickTranslation } from "@/lib/content/translation";
import { countryName } from "@/lib/content/format";
import type { AppLocale } from "@/i18n/routing";
import type { CsvColumn } from "@/lib/validation/attendees";

// Staff reads of a meeting's attendees, private fields included (e-mail and
// phone): only for users who may edit the meeting.

type Named = { locale: string; name: string };
const names = { select: { locale: true, name: true } } as const;
const orgSelect = { select: { id: true, slug: true, kind: true, countryCode: true, translations: names } } as const;

const label = (translations: Named[], locale: AppLocale, fallback: string) => {
  const picked = pickTranslation(translations, locale);
  return { name: picked?.name ?? fallback, nameLocale: picked?.locale ?? "en" };
};

/** The attendees of a meeting in the actor's scope, in order, with their people (private fields included): one query. */
export async function listAttendees({
  actor,
  meetingId,
  locale,
}: {
  actor: Actor;
  meetingId: string;
  locale: AppLocale;
}) {
  const rows = await prisma.attendee.findMany({
    relationLoadStrategy: "join",
    where: { meetingId, meeting: meetingWhere(actor, "meeting.update") },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      role: true,
      structure: orgSelect,
      organization: orgSelect,
      people: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, fullName: true, jobTitle: true, publicConsent: true, email: true, phone: true },
      },
    },
  });
  return rows.flatMap((a) => {
    const org = a.structure ?? a.organization;
    if (!org) return [];
    return [
      {
        id: a.id,
        role: a.role,
        organization: {
          choice: a.structure ? ("structure" as const) : ("organization" as const),
          id: org.id,
          slug: org.slug,
          kind: org.kind,
          countryCode: org.countryCode,
          ...label(org.translations, locale, org.slug),
        },
        people: a.people,
      },
    ];
  });
}

/** The choices of the attendee form: structures, organizations and countries, by name (three queries). */
export async function getAttendeeFormOptions(locale: AppLocale) {
  const [structures, organizations, countries] = await Promise.all([
    prisma.structure.findMany({ select: { id: true, translations: names, slug: true } }),
    prisma.organization.findMany({ select: { id: true, translations: names, slug: true } }),
    prisma.country.findMany({ select: { code: true } }),
  ]);
  const collator = new Intl.Collator(locale);
  const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
  return {
    structures: structures
      .map((s) => ({ value: s.id, label: label(s.translations, locale, s.slug).name }))
      .sort(byLabel),
    organizations: organizations
      .map((o) => ({ value: o.id, label: label(o.translations, locale, o.slug).name }))
      .sort(byLabel),
    countries: countries.map((c) => ({ value: c.code, label: countryName(c.code, locale) })).sort(byLabel),
  };
}

export type StaffAttendee = Awaited<ReturnType<typeof listAttendees>>[number];
export type AttendeeFormOptions = Awaited<ReturnType<typeof getAttendeeFormOptions>>;

/**
 * Every attendee and person of a meeting as CSV rows (the import's columns),
 * private fields included; one query. Null for a meeting the actor may not
 * edit (the CSV route has checked access with findMeetingForStaff first).
 */
export async function listAttendeesForExport({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  const meeting = await prisma.meeting.findFirst({
    relationLoadStrategy: "join",
    where: { AND: [{ id: meetingId }, meetingWhere(actor, "meeting.update")] },
    select: {
      slug: true,
      attendees: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          role: true,
          structure: orgSelect,
          organization: orgSelect,
          people: {
            orderBy: [{ position: "asc" }, { id: "asc" }],
            select: { fullName: true, jobTitle: true, publicConsent: true, email: true, phone: true },
          },
        },
      },
    },
  });
  if (!meeting) return null;
  const rows = meeting.attendees.flatMap((a) => {
    const org = a.structure ?? a.organization;
    if (!org) return [];
    const base: Record<CsvColumn, string> = {
      role: a.role,
      structure_slug: a.structure ? a.structure.slug : "",
      organization_name: label(org.translations, "en", org.slug).name,
      organization_kind: a.organization ? a.organization.kind : "",
      country: org.countryCode ?? "",
      person_name: "",
      job_title: "",
      public_consent: "",
      email: "",
      phone: "",
    };
    if (!a.people.length) return [base];
    return a.people.map((p) => ({
      ...base,
      person_name: p.fullName,
      job_title: p.jobTitle,
      public_consent: p.publicConsent ? "yes" : "no",
      email: p.email,
      phone: p.phone,
    }));
  });
  return { slug: meeting.slug, rows };
}
