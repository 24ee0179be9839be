import "server-only";
import { prisma } from "@/lib/db/client";
import { can, regionChoiceWhere, seriesWhere, structureWhere, type Actor } from "@/lib/auth/permissions";
import { countryName } from "@/lib/content/format";
import { renderMarkdown } from "@/lib/content/markdown";
import { defaultTimeZone, mainZones, timeZoneOptions } from "@/lib/content/time-zones";
import { utcToLocalDateTime, utcToZoned } from "@/lib/content/time-zone";
import { pickTranslation } from "@/lib/content/translation";
import { newFormToken } from "@/lib/data/create-once";
import type { Option } from "@/lib/data/list-options";
import { localeFieldName } from "@/lib/validation/form-fields";
import { textFields } from "@/lib/validation/meetings";
import { locales, type AppLocale } from "@/i18n/routing";
import { CITY_NAMES_FOR, cityKey, cityNameField, cityNameLocales, type CityNames } from "@/lib/validation/city-names";
import { cityPages } from "@/lib/data/gazetteer/write-city-names";
import type { MeetingForEdit } from "./get-meeting-editor";

// Everything the meeting form needs, in one loader: the choices this actor
// may use (plus the meeting's current ones, so a select never drops its
// value), the starting values (strings, named as the inputs are), the
// server-rendered previews of the bodies, and a one-time token for a new one.

type Keep = {
  seriesId?: string | null;
  hostStructureId?: string | null;
  organizerStructureId?: string | null;
  regionId?: string | null;
  timeZone?: string;
};

/** The selects of the meeting form (four queries). */
async function meetingFormChoices(actor: Actor, locale: AppLocale, keep: Keep) {
  const kept = [keep.hostStructureId, keep.organizerStructureId].filter((id): id is string => !!id);
  const names = { select: { locale: true, name: true } } as const;
  const [series, structures, regions, countries] = await Promise.all([
    prisma.meetingSeries.findMany({
      where: { OR: [seriesWhere(actor), ...(keep.seriesId ? [{ id: keep.seriesId }] : [])] },
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, translations: names },
    }),
    prisma.structure.findMany({
      where: { OR: [structureWhere(actor, "structure.update"), { id: { in: kept } }] },
      orderBy: [{ regionId: "asc" }, { kind: "asc" }, { slug: "asc" }],
      select: { id: true, slug: true, countryCode: true, region: { select: { code: true } }, translations: names },
    }),
    prisma.region.findMany({
      where: { OR: [regionChoiceWhere(actor), ...(keep.regionId ? [{ id: keep.regionId }] : [])] },
      orderBy: { sortOrder: "asc" },
      select: { id: true, code: true, translations: names },
    }),
    prisma.country.findMany({ select: { code: true } }),
  ]);
  const name = (row: { translations: { locale: string; name: string }[] }, fallback: string) =>
    pickTranslation(row.translations, locale)?.name ?? fallback;
  const collator = new Intl.Collator(locale);
  const ownRegion = can(actor, "content.chooseRegion") ? null : regions.find((r) => r.id === actor.regionId);
  const zones = timeZoneOptions(locale, keep.timeZone ? [keep.timeZone] : []);
  return {
    series: series.map((s): Option => ({ value: s.id, label: name(s, s.slug) })),
    structures: structures.map((s) => ({
      value: s.id,
      label: ownRegion ? name(s, s.slug) : `${name(s, s.slug)} (${s.region.code})`,
      countryCode: s.countryCode,
    })),
    regions: regions.map((r): Option => ({ value: r.id, label: name(r, r.code) })),
    countries: countries
      .map((c): Option => ({ value: c.code, label: countryName(c.code, locale) }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    timeZones: zones,
    /** Country → its main zone: the form follows the host's country, else the venue's. */
    countryZones: Object.fromEntries(
      countries.flatMap((c) => (mainZones[c.code] ? [[c.code, mainZones[c.code]]] : [])),
    ) as Record<string, string>,
    /** ROCB staff: the one region they work in; administrators choose. */
    regionFixed: ownRegion ? { value: ownRegion.id, label: name(ownRegion, ownRegion.code) } : null,
  };
}

export type MeetingFormChoices = Awaited<ReturnType<typeof meetingFormChoices>>;
export type MeetingFormValues = Record<string, string>;

/** Every text field empty, and the city's current names in the other languages (prefilled: an empty field changes nothing). */
function blankTexts(cityNames?: CityNames, forCity = ""): MeetingFormValues {
  return {
    ...Object.fromEntries(locales.flatMap((locale) => textFields.map((field) => [localeFieldName(locale, field), ""]))),
    ...Object.fromEntries(cityNameLocales.map((locale) => [cityNameField(locale), cityNames?.[locale] ?? ""])),
    [CITY_NAMES_FOR]: forCity,
  };
}

function editValues(meeting: MeetingForEdit): MeetingFormValues {
  const start = utcToZoned(meeting.startsAt, meeting.timeZone);
  const end = utcToZoned(meeting.endsAt, meeting.timeZone);
  const values = blankTexts(meeting.cityNames, cityKey(meeting.countryCode?.trim() ?? null, meeting.city));
  for (const t of meeting.translations) {
    for (const field of textFields) values[localeFieldName(t.locale as AppLocale, field)] = t[field];
  }
  return {
    ...values,
    kind: meeting.kind,
    format: meeting.format,
    joinUrl: meeting.joinUrl,
    joinUrlFromStartDay: meeting.joinUrlFromStartDay ? "on" : "",
    seriesId: meeting.seriesId ?? "",
    number: meeting.number === null ? "" : String(meeting.number),
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    timeZone: meeting.timeZone,
    city: meeting.city,
    countryCode: meeting.countryCode ?? "",
    regionId: meeting.regionId ?? "",
    hostStructureId: meeting.hostStructureId ?? "",
    organizerStructureId: meeting.organizerStructureId ?? "",
    slug: meeting.slug,
    publishAt: utcToLocalDateTime(meeting.publishAt, meeting.timeZone),
  };
}

/** The form of a new meeting: sensible defaults (the actor's region, the zone of their structure's country, a working day's hours). */
export async function getNewMeetingForm({ actor, locale }: { actor: Actor; locale: AppLocale }) {
  const own = actor.structureId
    ? await prisma.structure.findUnique({ where: { id: actor.structureId }, select: { countryCode: true } })
    : null;
  const choices = await meetingFormChoices(actor, locale, {});
  const values: MeetingFormValues = {
    ...blankTexts(),
    kind: "REGIONAL_STRUCTURES_MEETING",
    format: "IN_PERSON",
    joinUrl: "",
    joinUrlFromStartDay: "on",
    seriesId: "",
    number: "",
    startDate: "",
    startTime: "09:00",
    endDate: "",
    endTime: "17:00",
    timeZone: defaultTimeZone(own?.countryCode) ?? "UTC",
    city: "",
    countryCode: "",
    regionId: actor.regionId ?? "",
    hostStructureId: "",
    // Staff who create meetings organize them from their own structure (their ROCB).
    organizerStructureId: can(actor, "meeting.create") && actor.structureId ? actor.structureId : "",
    slug: "",
    publishAt: "",
  };
  const previews = Object.fromEntries(locales.map((l) => [l, ""])) as Record<AppLocale, string>;
  return { choices, values, previews, formToken: newFormToken() };
}

/** The form of a saved meeting (the details tab). */
export async function getMeetingEditForm({
  actor,
  locale,
  meeting,
}: {
  actor: Actor;
  locale: AppLocale;
  meeting: MeetingForEdit;
}) {
  const countryCode = meeting.countryCode?.trim() ?? null;
  const [choices, pages] = await Promise.all([
    meetingFormChoices(actor, locale, meeting),
    countryCode && meeting.city ? cityPages({ countryCode, city: meeting.city }, locale) : null,
  ]);
  const bodies = new Map(meeting.translations.map((t) => [t.locale, t.body]));
  const previews = Object.fromEntries(locales.map((l) => [l, renderMarkdown(bodies.get(l) ?? "")])) as Record<
    AppLocale,
    string
  >;
  // The names a removal would take away, and the public pages that show them (the warning beside each removal).
  const city = pages ? { names: meeting.cityNames, pages: pages.pages, total: pages.total } : null;
  return { choices, values: editValues(meeting), previews, city };
}
