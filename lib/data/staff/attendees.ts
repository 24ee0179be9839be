import "server-only";
import { prisma } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { pickTranslation } from "@/lib/content/translation";
import { countryName } from "@/lib/content/format";
import type { AppLocale } from "@/i18n/routing";
import type { CsvColumn } from "@/lib/validation/attendees";
import { meetingScope } from "../scope";

// Staff reads of a meeting's attendees, private fields included (e-mail and
// phone): only for users who may edit the meeting.

type Named = { locale: string; name: string };
const names = { select: { locale: true, name: true } } as const;
const orgSelect = { select: { id: true, slug: true, kind: true, countryCode: true, translations: names } } as const;

const label = (translations: Named[], locale: AppLocale, fallback: string) => {
  const picked = pickTranslation(translations, locale);
  return { name: picked?.name ?? fallback, nameLocale: picked?.locale ?? "en" };
};

/** The meeting's header facts (title in the staff user's language, else another), for the editor pages. */
export function meetingHeading(meeting: { slug: string; translations: { locale: string; title: string }[] }, locale: AppLocale) {
  const title = pickTranslation(meeting.translations, locale);
  return { title: title?.title ?? meeting.slug, titleLocale: title?.locale ?? locale };
}

/** The attendees editor: the meeting (in the actor's scope) with its attendees and people, and the choices of the form. Four queries. */
export async function getStaffMeetingAttendees({ actor, meetingId, locale }: { actor: Actor; meetingId: string; locale: AppLocale }) {
  const [meeting, structures, organizations, countries] = await Promise.all([
    prisma.meeting.findFirst({
      relationLoadStrategy: "join",
      where: { AND: [{ id: meetingId }, meetingScope(actor)] },
      select: {
        id: true,
        slug: true,
        status: true,
        version: true,
        translations: { select: { locale: true, title: true } },
        attendees: {
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
        },
      },
    }),
    prisma.structure.findMany({ select: { id: true, translations: names, slug: true } }),
    prisma.organization.findMany({ select: { id: true, translations: names, slug: true } }),
    prisma.country.findMany({ select: { code: true } }),
  ]);
  if (!meeting) return null;
  const collator = new Intl.Collator(locale);
  const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
  return {
    id: meeting.id,
    slug: meeting.slug,
    status: meeting.status,
    version: meeting.version,
    ...meetingHeading(meeting, locale),
    attendees: meeting.attendees.flatMap((a) => {
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
    }),
    options: {
      structures: structures.map((s) => ({ value: s.id, label: label(s.translations, locale, s.slug).name })).sort(byLabel),
      organizations: organizations.map((o) => ({ value: o.id, label: label(o.translations, locale, o.slug).name })).sort(byLabel),
      countries: countries.map((c) => ({ value: c.code, label: countryName(c.code, locale) })).sort(byLabel),
    },
  };
}

export type StaffMeetingAttendees = NonNullable<Awaited<ReturnType<typeof getStaffMeetingAttendees>>>;
export type StaffAttendee = StaffMeetingAttendees["attendees"][number];

/**
 * Every attendee and person of a meeting as CSV rows (the import's columns),
 * private fields included; one query. Null for a meeting out of the actor's
 * sight; ForbiddenError when they may see it but not edit it.
 */
export async function listAttendeesForExport({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  const meeting = await prisma.meeting.findFirst({
    relationLoadStrategy: "join",
    where: { AND: [{ id: meetingId }, meetingScope(actor)] },
    select: {
      slug: true,
      regionId: true,
      attendees: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          role: true,
          structure: orgSelect,
          organization: orgSelect,
          people: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { fullName: true, jobTitle: true, publicConsent: true, email: true, phone: true } },
        },
      },
    },
  });
  if (!meeting) return null;
  assertCan(actor, "meeting.update", { regionId: meeting.regionId });
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
