// The staff import screen: the files and URL to read, the items kept with
// their chosen translation pairs, and the decision on an offered update.
import { IMPORT_LOCALES, type MeetingReview } from "@/lib/import/types";
import { recordId, z } from "./form-fields";
import { meetingKinds } from "./meeting-filters";
import { meetingFormats } from "./meetings";

export const IMPORT_MAX_FILES = 200;
export const IMPORT_MAX_ITEMS = 1000;

const files = z.preprocess(
  (value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]),
  z
    .array(z.unknown())
    .transform((list) => list.filter((f): f is File => f instanceof Blob && f.size > 0))
    .refine((list) => list.length <= IMPORT_MAX_FILES, { message: "tooManyFiles" }),
);

const url = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined),
  z
    .url({ protocol: /^https?$/, message: "invalidUrl" })
    .max(2000)
    .optional(),
);

export const readImportSchema = z
  .object({ files, url })
  .refine((data) => data.files.length > 0 || !!data.url, { message: "importNothing", path: ["files"] });

/** One item as read, sent back with the preview (the server reads it as it would a file: every field bounded). */
const importItem = z.object({
  source: z.string().min(1).max(2000),
  sourceUrl: z.string().max(2000).nullable(),
  title: z.string().min(1).max(2000),
  language: z.enum(IMPORT_LOCALES).nullable(),
  publishedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  body: z.string().max(500_000),
  translationGroup: z.string().max(500).nullable(),
  images: z.array(z.string().max(2000)).max(100),
  attachments: z.array(z.string().max(2000)).max(100).optional(),
});

const batch = z.preprocess((value) => {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}, z.array(importItem).min(1).max(IMPORT_MAX_ITEMS));

const indexList = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.coerce.number().int().min(0).max(IMPORT_MAX_ITEMS)).max(IMPORT_MAX_ITEMS),
);

/** The `pair-<i>` fields (the index of the item that item i translates, "" for none) gathered into one object. */
function gatherPairs(value: unknown) {
  if (!value || typeof value !== "object") return value;
  const pair: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(value)) {
    const match = /^pair-(\d{1,4})$/.exec(name);
    if (match && typeof v === "string" && /^\d{1,4}$/.test(v)) pair[match[1]] = Number(v);
  }
  return { ...value, pair };
}

const REVIEW_FIELDS = ["reviewed", "keep", "kind", "number", "startDate", "endDate", "format", "city", "country"];

/** The `m-<i>-<field>` fields of the reviewed meetings gathered into one object per item. */
function gatherReviews(value: unknown) {
  if (!value || typeof value !== "object") return value;
  const review: Record<string, Record<string, unknown>> = {};
  for (const [name, v] of Object.entries(value)) {
    const match = /^m-(\d{1,4})-([a-zA-Z]+)$/.exec(name);
    if (match && REVIEW_FIELDS.includes(match[2])) (review[match[1]] ??= {})[match[2]] = v;
  }
  return { ...value, review };
}

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v);
const isoDate = z.preprocess(
  blank,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)))
    .nullable(),
);

/** One proposed meeting as reviewed: a field cleared is null; the meeting not kept, none. */
const meetingReview = z
  .object({
    reviewed: z.literal("1"),
    keep: z.literal("1").optional(),
    kind: z.enum(meetingKinds),
    number: z.preprocess(blank, z.coerce.number().int().min(1).max(9999).nullable()),
    startDate: isoDate,
    endDate: isoDate,
    format: z.preprocess(blank, z.enum(meetingFormats).nullable()),
    city: z.preprocess(blank, z.string().max(200).nullable()),
    country: z.preprocess(
      (v) => (typeof blank(v) === "string" ? (blank(v) as string).toUpperCase() : blank(v)),
      z
        .string()
        .regex(/^[A-Z]{2}$/)
        .nullable(),
    ),
  })
  .refine((r) => !r.startDate || !r.endDate || r.endDate >= r.startDate)
  .transform((r): MeetingReview | null =>
    r.keep
      ? {
          kind: r.kind,
          seriesNumber: r.number,
          startDate: r.startDate,
          endDate: r.endDate ?? r.startDate,
          format: r.format,
          city: r.city,
          country: r.country,
        }
      : null,
  );

/**
 * `keep`: the indexes of the items to import; `pair-<i>`: the index of the
 * item that item i translates; `m-<i>-…`: item i's proposed meeting as
 * reviewed (a review that does not hold is refused as a whole, nothing lost).
 */
export const confirmImportSchema = z
  .preprocess(
    (value) => gatherReviews(gatherPairs(value)),
    z.object({
      batch,
      keep: indexList,
      pair: z.record(z.string(), z.number().int().min(0)),
      review: z.record(z.string(), z.unknown()),
    }),
  )
  .superRefine((data, ctx) => {
    for (const [index, review] of Object.entries(data.review))
      if (!meetingReview.safeParse(review).success)
        ctx.addIssue({ code: "custom", message: "reviewInvalid", path: [`m-${index}-startDate`] });
  })
  .transform(({ batch, keep, pair, review }) => ({
    items: batch,
    keep: keep.filter((i) => i < batch.length),
    pairs: Object.fromEntries(
      Object.entries(pair)
        .map(([from, to]) => [Number(from), to] as const)
        .filter(([from, to]) => from < batch.length && to < batch.length && from !== to),
    ) as Record<number, number>,
    reviews: Object.fromEntries(
      Object.entries(review)
        .filter(([index]) => Number(index) < batch.length)
        .map(([index, r]) => [Number(index), meetingReview.parse(r)]),
    ) as Record<number, MeetingReview | null>,
  }))
  .refine((data) => data.keep.length > 0, { message: "importNothing", path: ["keep"] });

export const importUpdateSchema = z.object({ id: recordId, decision: z.enum(["apply", "keep"]) });

/** "Start from a report", step 1: a pasted report, or an imported news item to read. */
export const reportSchema = z
  .object({
    report: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().max(100_000).default("")),
    articleId: z.preprocess((v) => (v === "" ? undefined : v), recordId.optional()),
  })
  .refine((data) => data.report.length > 0 || !!data.articleId, { message: "reportNothing", path: ["report"] });

/**
 * Step 2, beside the meeting form's fields: the proposal sent back with the
 * form (its attendees and people, checked again on the server) and what the
 * user kept: `keepAttendee`, `keepPerson`, `keepDecision` (indexes) and each
 * kept decision's text as edited (`decision-<i>`).
 */
const proposalParts = z.object({
  language: z.enum(IMPORT_LOCALES),
  attendees: z
    .array(
      z.object({
        ref: z.string().regex(/^(structure|organization):[a-z0-9]{1,40}$/),
        name: z.string().max(300),
        role: z.enum(["ORGANIZER", "HOST", "PARTNER", "PARTICIPANT"]),
      }),
    )
    .max(100),
  people: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(200),
        role: z.string().trim().max(200).nullable(),
        attendee: z.number().int().min(0).nullable(),
      }),
    )
    .max(100),
});

export const reportPartsSchema = z
  .object({
    proposal: z.preprocess((value) => {
      try {
        return typeof value === "string" ? JSON.parse(value) : value;
      } catch {
        return undefined;
      }
    }, proposalParts),
    keepAttendee: indexList,
    keepPerson: indexList,
    keepDecision: indexList,
  })
  .passthrough()
  .transform((data) => {
    const keptAttendees = new Set(data.keepAttendee);
    const decisions = data.keepDecision
      .map((i) => (data as Record<string, unknown>)[`decision-${i}`])
      .filter((text): text is string => typeof text === "string" && text.trim() !== "")
      .map((text) => text.replace(/\s+/g, " ").trim().slice(0, 2000))
      .slice(0, 50);
    const attendees = data.proposal.attendees.filter((_, i) => keptAttendees.has(i));
    // People go with their attendee's new index; a person whose attendee was not kept goes with none.
    const newIndex = (old: number | null) =>
      old === null || !keptAttendees.has(old)
        ? -1
        : data.proposal.attendees.filter((_, i) => i < old && keptAttendees.has(i)).length;
    const people = data.keepPerson
      .map((i) => data.proposal.people[i])
      .filter((p) => !!p)
      .map((p) => ({ name: p.name, role: p.role ?? "", attendee: newIndex(p.attendee) }))
      .filter((p) => p.attendee >= 0);
    return { language: data.proposal.language, attendees, people, decisions };
  });
