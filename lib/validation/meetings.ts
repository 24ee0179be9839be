// The meeting form, validated on the server (and shared with the client for
// names and limits). Custom messages are keys of the "Validation" namespace.
import { z } from "zod";
import { locales, type AppLocale } from "@/i18n/routing";
import { SLUG_MAX, SLUG_PATTERN } from "@/lib/content/slug";
import { isValidTimeZone, localDateTimeToUtc, zonedToUtc } from "@/lib/content/time-zone";
import { meetingKinds } from "./meeting-filters";
import { lineString, multilineString, queryText } from "./text-rules";
import { cityNamesOf, cityNamesShape } from "./city-names";

export const meetingFormats = ["IN_PERSON", "VIRTUAL", "HYBRID"] as const;
export const meetingStatuses = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const textLimits = { title: 300, summary: 1000, body: 50_000, venue: 300 } as const;
export type TextField = keyof typeof textLimits;
/** Texts shown on one line (the others may have several). */
const singleLine: Record<TextField, boolean> = { title: true, summary: false, body: false, venue: true };
export const textFields = Object.keys(textLimits) as TextField[];

/** Form field name of a translated text: title_en, body_ru… */
export const textName = (field: TextField, locale: AppLocale) => `${field}_${locale}`;

const missingAsBlank = (v: unknown) => (v == null ? "" : v);
const text = (max: number) => z.preprocess(missingAsBlank, multilineString().max(max));
const lineText = (max: number) => z.preprocess(missingAsBlank, lineString().max(max));
/** An optional id from a select: "" → null. */
export const optionalId = z.preprocess((v) => (v === "" || v == null ? null : v), lineString().min(1).max(40).nullable());
const optionalInt = z.preprocess((v) => (v === "" || v == null ? null : v), z.coerce.number().int().min(1).max(9999).nullable());
export const idSchema = lineString().min(1).max(40);
export const versionSchema = z.coerce.number().int().min(1);

const textShape = Object.fromEntries(
  locales.flatMap((locale) => textFields.map((field) => [textName(field, locale), (singleLine[field] ? lineText : text)(textLimits[field])])),
) as Record<never, never>; // typed as nothing: read through textOf()

/** A translated field of the parsed form. */
const textOf = (value: object, field: TextField, locale: AppLocale) => String((value as Record<string, unknown>)[textName(field, locale)] ?? "");

export type MeetingText = { locale: AppLocale; title: string; summary: string; body: string; venue: string };

const baseShape = {
  kind: z.enum(meetingKinds),
  seriesId: optionalId,
  number: optionalInt,
  startDate: z.string().trim().max(10),
  startTime: z.string().trim().max(5),
  endDate: z.string().trim().max(10),
  endTime: z.string().trim().max(5),
  timeZone: z.string().trim().max(64),
  format: z.enum(meetingFormats),
  city: lineText(120),
  countryCode: z.preprocess((v) => (v === "" || v == null ? null : v), z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).nullable()),
  regionId: optionalId,
  hostStructureId: optionalId,
  organizerStructureId: optionalId,
  slug: z.preprocess((v) => (v == null ? "" : v), z.string().trim().toLowerCase().max(SLUG_MAX)),
  publishAt: z.string().trim().max(16).default(""),
  ...textShape,
  ...cityNamesShape,
};

type RawMeeting = z.infer<z.ZodObject<typeof baseShape>>;

function checkMeeting(value: RawMeeting, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", message, path: [path] });
  const zoneOk = isValidTimeZone(value.timeZone);
  if (!zoneOk) issue("timeZone", "timeZone");
  const zone = zoneOk ? value.timeZone : "UTC";
  const startsAt = zonedToUtc(value.startDate, value.startTime, zone);
  const endsAt = zonedToUtc(value.endDate, value.endTime, zone);
  if (!startsAt) issue("startDate", value.startDate ? "invalidDate" : "required");
  if (!endsAt) issue("endDate", value.endDate ? "invalidDate" : "required");
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) issue("endDate", "endBeforeStart");
  if (value.number !== null && !value.seriesId) issue("number", "numberWithoutSeries");
  if (value.slug && !SLUG_PATTERN.test(value.slug)) issue("slug", "slugFormat");
  if (localDateTimeToUtc(value.publishAt, zone) === undefined) issue("publishAt", "invalidDate");
  for (const locale of locales) {
    const title = textOf(value, "title", locale);
    const anyText = textFields.some((field) => textOf(value, field, locale));
    // English is the fallback of every page: it is always required.
    if (!title && (locale === "en" || anyText)) issue(textName("title", locale), "required");
  }
}

function toInput(value: RawMeeting) {
  const zone = isValidTimeZone(value.timeZone) ? value.timeZone : "UTC";
  const texts: MeetingText[] = locales
    .filter((locale) => textFields.some((field) => textOf(value, field, locale)))
    .map((locale) => ({
      locale,
      title: textOf(value, "title", locale),
      summary: textOf(value, "summary", locale),
      body: textOf(value, "body", locale),
      venue: textOf(value, "venue", locale),
    }));
  return {
    kind: value.kind,
    seriesId: value.seriesId,
    number: value.number,
    startsAt: zonedToUtc(value.startDate, value.startTime, zone)!,
    endsAt: zonedToUtc(value.endDate, value.endTime, zone)!,
    timeZone: value.timeZone,
    format: value.format,
    city: value.city,
    countryCode: value.countryCode,
    regionId: value.regionId,
    hostStructureId: value.hostStructureId,
    organizerStructureId: value.organizerStructureId,
    slug: value.slug || null,
    publishAt: localDateTimeToUtc(value.publishAt, zone) ?? null,
    texts,
    /** The city's names in the other languages (the gazetteer). */
    cityNames: cityNamesOf(value),
  };
}

export type MeetingInput = ReturnType<typeof toInput>;

/** Creating a meeting: every field of the form. */
export const meetingSchema = z.object(baseShape).superRefine(checkMeeting).transform(toInput);

/** What a save does to one translation besides saving the texts. */
const intentSchema = z
  .string()
  .trim()
  .regex(/^(save|publish:(en|fr|es|ru|ar)|unpublish:(en|fr|es|ru|ar))$/)
  .default("save")
  .transform((value) => {
    const [kind, locale] = value.split(":") as ["save" | "publish" | "unpublish", AppLocale | undefined];
    return { kind, locale: locale ?? null };
  });

export type MeetingIntent = z.output<typeof intentSchema>;

/** Saving an existing meeting: the same fields, its id and the version the form was loaded with. */
export const meetingUpdateSchema = z
  .object({ ...baseShape, id: idSchema, version: versionSchema, intent: intentSchema })
  .superRefine((v, ctx) => {
    checkMeeting(v, ctx);
    const { kind, locale } = v.intent;
    // Publishing a translation nobody wrote (its other fields would already flag a missing title).
    if (kind === "publish" && locale && !textFields.some((field) => textOf(v, field, locale))) {
      ctx.addIssue({ code: "custom", message: "required", path: [textName("title", locale)] });
    }
  })
  .transform((v) => ({ id: v.id, version: v.version, intent: v.intent, input: toInput(v) }));

export const meetingStatusSchema = z.object({ id: idSchema, version: versionSchema, status: z.enum(meetingStatuses) });

/** The staff list's query string; bad values are ignored. */
export const staffMeetingFiltersSchema = z.object({
  status: z.preprocess((v) => (typeof v === "string" ? v.toUpperCase() : v), z.enum(meetingStatuses)).optional().catch(undefined),
  q: queryText(100),
});

export type StaffMeetingFilters = z.infer<typeof staffMeetingFiltersSchema>;
