// Building blocks of the staff form schemas, and the one field-naming scheme
// of every staff form: an input is named by the path of its value in the
// parsed form, dots between the parts — "t.en.title" (a text per language),
// "history.0.kind", "people.1.email" (rows of a list). `unflatten` turns the
// flat names into that nested shape, so a field error's path ("t.en.title")
// is the name of the input it belongs to, and the input's id is
// `field-<name>` (components/ui/form-fields.tsx), which the error summary
// links to.
import { z } from "zod";
import { locales, type AppLocale } from "@/i18n/routing";
import { hasControlCharacters, lineString, multilineString, textRuleMessages } from "./text-rules";

type Tree = Record<string, unknown> | unknown[];

/** { "t.en.title": "x", "history.0.kind": "OTHER" } → { t: { en: { title: "x" } }, history: [{ kind: "OTHER" }] } */
export function unflatten(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const root: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input as Record<string, unknown>)) {
    const parts = name.split(".");
    let node: Tree = root;
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      const key: string | number = Array.isArray(node) ? Number(part) : part;
      if (Array.isArray(node) && !Number.isInteger(key)) return;
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[key] = value;
      } else {
        container[key] ??= /^\d+$/.test(parts[index + 1]) ? [] : {};
        node = container[key] as Tree;
      }
    });
  }
  return compactArrays(root);
}

/** Removed rows leave holes in the numbering ("history.0", "history.2"): close them. */
function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactArrays);
  if (value && typeof value === "object" && !(value instanceof Blob)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactArrays(v)]));
  }
  return value;
}

/** The name of a per-language text field: t.en.title, t.ar.body… */
export const localeFieldName = (locale: AppLocale, field: string) => `t.${locale}.${field}`;

/** The language of a per-language field name ("t.fr.title" → "fr"), or null. */
export function localeOfField(name: string): AppLocale | null {
  const [head, locale] = name.split(".");
  return head === "t" && (locales as readonly string[]).includes(locale) ? (locale as AppLocale) : null;
}

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** Free text, possibly several lines (descriptions, bodies), trimmed; missing becomes "". */
export const text = (max: number) =>
  multilineString()
    .max(max)
    .optional()
    .transform((v) => v ?? "");

/** One line of text (titles, names), trimmed; missing becomes "". */
export const lineText = (max: number) =>
  lineString()
    .max(max)
    .optional()
    .transform((v) => v ?? "");

/** Required single-line text, trimmed. */
export const requiredText = (max: number) => lineString({ message: "required" }).min(1).max(max);

/** A record id (cuid) or nothing. */
export const optionalId = z.preprocess(
  blankToUndefined,
  z
    .string()
    .max(40)
    .regex(/^[a-z0-9]+$/)
    .optional(),
);

/** The same, as null when nothing was chosen (a select's "none"). */
export const nullableId = optionalId.transform((v) => v ?? null);

/** A record id that must be there (hidden inputs: meetingId, itemId…). */
export const recordId = lineString().min(1).max(40);

/** The version the form was loaded with (optimistic locking). */
export const version = z.coerce.number().int().min(1);

/**
 * The confirmation step's own field: destructive actions (delete, merge,
 * deactivate, reopen) are posted only from their confirmation page, which
 * sends confirm=yes; a post without it is refused.
 */
export const confirmed = z.literal("yes", { message: "confirmRequired" });

/** Deleting a draft (meeting, article) from its confirmation page: the record, the version shown, the confirmation. */
export const deleteDraftSchema = z.object({ id: recordId, version, confirm: confirmed });

/** A one-time token of a "create" form: the same token twice creates one record (lib/data/create-once.ts). */
export const formToken = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{16,64}$/);

/** Repeated checkboxes: none, one or many ids. */
export const idList = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(
      z
        .string()
        .max(40)
        .regex(/^[a-z0-9]+$/),
    )
    .max(200),
);

/** A checkbox: "on" when ticked, absent otherwise. */
export const checkbox = z.preprocess(
  (value) => value === "on" || value === "true" || value === "1" || value === true,
  z.boolean(),
);

/** "2021-10-12" → a Date at midnight UTC (a calendar date). */
function parseDateOnly(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** "2021-10-12T09:30" (read as UTC) → a Date. */
function parseDateTime(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(`${value.length === 16 ? `${value}:00` : value}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

const dateFrom = (parse: (value: string) => Date | null) =>
  z.string().transform((value, ctx) => {
    const date = parse(value.trim());
    if (!date) {
      ctx.addIssue({ code: "custom", message: "invalidDate" });
      return z.NEVER;
    }
    return date;
  });

export const optionalDate = z
  .preprocess(blankToUndefined, dateFrom(parseDateOnly).optional())
  .transform((v) => v ?? null);
export const requiredDate = z.preprocess(blankToUndefined, dateFrom(parseDateOnly));
export const optionalDateTime = z
  .preprocess(blankToUndefined, dateFrom(parseDateTime).optional())
  .transform((v) => v ?? null);

/** An optional number within a range ("" = none). */
export const optionalNumber = (min: number, max: number) =>
  z.preprocess(blankToUndefined, z.coerce.number().min(min).max(max).optional()).transform((v) => v ?? null);

/** An ISO 3166 country code, upper-cased; null when left empty. */
export const optionalCountryCode = z.preprocess(
  (v) => (v === "" || v == null ? null : v),
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
);

export const optionalEmail = z.preprocess(blankToUndefined, z.email().max(254).optional()).transform((v) => v ?? "");

/** An http(s) address ("" = none). */
export const optionalUrl = z
  .preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, hostname: z.regexes.domain })
      .max(500)
      .refine((value) => !hasControlCharacters(value), { message: textRuleMessages.controlCharacters })
      .optional(),
  )
  .transform((v) => v ?? "");

/** Digits, spaces and + ( ) - . / — what phone numbers are written with. */
export const optionalPhone = z
  .preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(40)
      .regex(/^\+?[0-9()\s./-]{4,}$/, { message: "invalid" })
      .optional(),
  )
  .transform((v) => v ?? "");

/** An empty slug is "required", not also "too short" and "bad format". */
export const slug = z
  .string()
  .trim()
  .min(1)
  .pipe(
    z
      .string()
      .min(3)
      .max(100)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "slugFormat" }),
  );

export const translationStatus = z.enum(["DRAFT", "PUBLISHED"]).catch("DRAFT");

/** An uploaded file that must be there (the browser sends an empty one when nothing was chosen). */
export const requiredFile = z.custom<File>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    typeof (value as Blob).arrayBuffer === "function" &&
    (value as File).size > 0,
  { message: "required" },
);

/** An uploaded file, or nothing when the file input was left empty. */
export const optionalFile = z.preprocess(
  (value) => (value instanceof Blob && value.size > 0 ? value : undefined),
  z.instanceof(Blob).optional(),
);

/** One object per locale, each optional (a language not yet written). */
export function perLocale<T extends z.ZodType>(schema: T) {
  return z.object(
    Object.fromEntries(locales.map((l) => [l, schema.optional()])) as Record<AppLocale, z.ZodOptional<T>>,
  );
}

/** The Markdown preview of every editor (the one preview action, lib/actions/markdown.ts). */
export const markdownPreviewSchema = z.object({ source: z.string().max(50_000) });

export { z };
