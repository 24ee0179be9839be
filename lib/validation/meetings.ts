// The meeting form, validated on the server (and shared with the client for
// names and limits). Field names follow the one scheme of form-fields.ts:
// texts per language are t.<locale>.<field>. Custom messages are keys of the
// "Validation" namespace.
import { locales, type AppLocale } from "@/i18n/routing";
import { SLUG_MAX, SLUG_PATTERN } from "@/lib/content/slug";
import { publicationChanges } from "@/lib/content/publication";
import { isValidTimeZone, localDateTimeToUtc, zonedToUtc } from "@/lib/content/time-zone";
import {
  checkbox,
  formToken,
  lineText,
  nullableId,
  optionalCountryCode,
  perLocale,
  recordId,
  text,
  unflatten,
  version,
  z,
  optionalUrl,
} from "./form-fields";
import { meetingKinds } from "./meeting-filters";
import { queryText } from "./text-rules";
import { checkCityNames, cityNameChangesOf, cityNamesShape } from "./city-names";

export const meetingFormats = ["IN_PERSON", "VIRTUAL", "HYBRID"] as const;
export const meetingStatuses = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;

export const textLimits = { title: 300, summary: 1000, body: 50_000, venue: 300 } as const;
export type MeetingTextField = keyof typeof textLimits;
export const textFields = Object.keys(textLimits) as MeetingTextField[];

/** One language of a meeting's texts (title and venue on one line; summary and body may have several). */
export const meetingTextSchema = z.object({
  title: lineText(textLimits.title),
  summary: text(textLimits.summary),
  body: text(textLimits.body),
  venue: lineText(textLimits.venue),
});

export type MeetingText = z.output<typeof meetingTextSchema> & { locale: AppLocale };

const optionalInt = z.preprocess(
  (v) => (v === "" || v == null ? null : v),
  z.coerce.number().int().min(1).max(9999).nullable(),
);

const meetingFields = z.object({
  kind: z.enum(meetingKinds),
  seriesId: nullableId,
  number: optionalInt,
  startDate: z.string().trim().max(10),
  startTime: z.string().trim().max(5),
  endDate: z.string().trim().max(10),
  endTime: z.string().trim().max(5),
  timeZone: z.string().trim().max(64),
  format: z.enum(meetingFormats),
  /** How to join online (online and hybrid meetings); public from the first day unless unticked. */
  joinUrl: optionalUrl,
  joinUrlFromStartDay: checkbox,
  city: lineText(120),
  countryCode: optionalCountryCode,
  regionId: nullableId,
  hostStructureId: nullableId,
  organizerStructureId: nullableId,
  slug: z.preprocess((v) => (v == null ? "" : v), z.string().trim().toLowerCase().max(SLUG_MAX)),
  publishAt: z.string().trim().max(16).default(""),
  t: perLocale(meetingTextSchema)
    .optional()
    .transform((t) => t ?? {}),
  ...cityNamesShape,
});

type RawMeeting = z.output<typeof meetingFields>;

const hasAnyText = (t: Partial<Record<string, string>> | undefined) => !!t && Object.values(t).some(Boolean);

// Cross-field checks run even when a field failed, so every error shows at once.
const always = { when: () => true };

function checkMeeting(value: RawMeeting, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", message, path });
  const zoneOk = isValidTimeZone(value.timeZone);
  if (!zoneOk) issue(["timeZone"], "timeZone");
  const zone = zoneOk ? value.timeZone : "UTC";
  const startsAt = zonedToUtc(value.startDate, value.startTime, zone);
  const endsAt = zonedToUtc(value.endDate, value.endTime, zone);
  if (!startsAt) issue(["startDate"], value.startDate ? "invalidDate" : "required");
  if (!endsAt) issue(["endDate"], value.endDate ? "invalidDate" : "required");
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) issue(["endDate"], "endBeforeStart");
  if (value.number !== null && !value.seriesId) issue(["number"], "numberWithoutSeries");
  if (value.slug && !SLUG_PATTERN.test(value.slug)) issue(["slug"], "slugFormat");
  if (localDateTimeToUtc(value.publishAt, zone) === undefined) issue(["publishAt"], "invalidDate");
  for (const locale of locales) {
    const t = value.t?.[locale];
    // English is the fallback of every page: it is always required.
    if (!t?.title && (locale === "en" || hasAnyText(t))) issue(["t", locale, "title"], "required");
  }
  checkCityNames(value, issue);
}

function toInput(value: RawMeeting) {
  const zone = isValidTimeZone(value.timeZone) ? value.timeZone : "UTC";
  const texts: MeetingText[] = locales.flatMap((locale) => {
    const t = value.t[locale];
    return t && hasAnyText(t) ? [{ locale, ...t }] : [];
  });
  return {
    kind: value.kind,
    seriesId: value.seriesId,
    number: value.number,
    startsAt: zonedToUtc(value.startDate, value.startTime, zone)!,
    endsAt: zonedToUtc(value.endDate, value.endTime, zone)!,
    timeZone: value.timeZone,
    format: value.format,
    joinUrl: value.joinUrl,
    joinUrlFromStartDay: value.joinUrlFromStartDay,
    city: value.city,
    countryCode: value.countryCode,
    regionId: value.regionId,
    hostStructureId: value.hostStructureId,
    organizerStructureId: value.organizerStructureId,
    slug: value.slug || null,
    publishAt: localDateTimeToUtc(value.publishAt, zone) ?? null,
    texts,
    /** What the save asks of the city's names in the other languages (the gazetteer). */
    cityNames: cityNameChangesOf(value),
  };
}

export type MeetingInput = ReturnType<typeof toInput>;

/** Creating a meeting: every field of the form, and the form's one-time token. */
export const meetingSchema = z.preprocess(
  unflatten,
  meetingFields
    .extend({ formToken })
    .superRefine(checkMeeting, always)
    .transform((v) => ({ formToken: v.formToken, input: toInput(v) })),
);

/** Saving an existing meeting: the same fields, its id and the version the form was loaded with. Statuses are not changed by a save. */
export const meetingUpdateSchema = z.preprocess(
  unflatten,
  meetingFields
    // "Notify subscribers": the save is a correction e-mail subscribers should hear of.
    .extend({ id: recordId, version, notifySubscribers: checkbox })
    .superRefine(checkMeeting, always)
    .transform((v) => ({ id: v.id, version: v.version, notifySubscribers: v.notifySubscribers, input: toInput(v) })),
);

/**
 * The publishing panel: first a review (nothing changes; the answer says what
 * would become public), then the confirmation of the same choice.
 */
export const publicationSchema = z.preprocess(
  unflatten,
  z.object({
    id: recordId,
    version,
    step: z.enum(["review", "confirm"]),
    change: z.enum(publicationChanges),
    locales: z.preprocess(
      (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.enum(locales)).max(locales.length),
    ),
  }),
);

export type PublicationInput = z.output<typeof publicationSchema>;

/** The staff list's query string; bad values are ignored. */
export const staffMeetingFiltersSchema = z.object({
  status: z
    .preprocess((v) => (typeof v === "string" ? v.toUpperCase() : v), z.enum(meetingStatuses))
    .optional()
    .catch(undefined),
  q: queryText(100),
  mine: z.preprocess((v) => v === "1", z.boolean()).catch(false),
});

export type StaffMeetingFilters = Omit<z.output<typeof staffMeetingFiltersSchema>, "mine"> & { mine?: boolean };
