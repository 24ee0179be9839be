// Agenda items, outcomes and related-meeting links of a meeting. Every form
// carries the meeting's id and version: the meeting and its parts change
// together, so a stale page cannot reorder or overwrite someone else's work.
// Texts per language are named t.<locale>.<field> (form-fields.ts).
import { locales, type AppLocale } from "@/i18n/routing";
import {
  idList,
  lineText,
  nullableId,
  optionalUrl,
  perLocale,
  recordId,
  text,
  unflatten,
  version,
  z,
} from "./form-fields";
import { queryText } from "./text-rules";

export const outcomeKinds = ["OUTCOME", "DECISION"] as const;
export const relationKinds = ["BACK_TO_BACK", "FOLLOW_UP", "RELATED"] as const;

export const itemLimits = { title: 300, description: 2000, text: 4000 } as const;

/** The meeting a part belongs to, and the version its page was loaded with. */
export const meetingRef = { meetingId: recordId, version };

/** Moving any ordered part of a meeting (agenda item, outcome, attendee, document) one place. */
export const moveDirection = z.enum(["up", "down"]);

const texts = <T extends z.ZodObject>(schema: T) =>
  perLocale(schema)
    .optional()
    .transform((t) => t ?? {});

const agendaText = z.object({ title: lineText(itemLimits.title), description: text(itemLimits.description) });
export type AgendaText = z.output<typeof agendaText> & { locale: AppLocale };

const localTime = z.string().trim().max(16).default("");

const agendaFields = z.object({
  ...meetingRef,
  startsAt: localTime,
  endsAt: localTime,
  sessionId: nullableId,
  speakerIds: idList,
  t: texts(agendaText),
});

/** What an agenda item's form gives the data function, besides its texts. */
const agendaPlace = (v: z.output<typeof agendaFields>) => ({
  meetingId: v.meetingId,
  version: v.version,
  startsAt: v.startsAt,
  endsAt: v.endsAt,
  sessionId: v.sessionId,
  speakerIds: v.speakerIds,
  texts: agendaTexts(v.t),
});

// Cross-field checks run even when a field failed, so every error shows at once.
const always = { when: () => true };

function checkAgenda(value: z.output<typeof agendaFields>, ctx: z.RefinementCtx) {
  for (const locale of locales) {
    const t = value.t?.[locale];
    if (!t?.title && (locale === "en" || t?.description))
      ctx.addIssue({ code: "custom", message: "required", path: ["t", locale, "title"] });
  }
}

const agendaTexts = (t: Partial<Record<AppLocale, z.output<typeof agendaText>>>): AgendaText[] =>
  locales.flatMap((locale) => (t[locale]?.title ? [{ locale, ...t[locale]! }] : []));

/** Adding an agenda item; the start time is checked against the meeting's zone by the data function. */
export const agendaItemSchema = z.preprocess(
  unflatten,
  agendaFields.superRefine(checkAgenda, always).transform(agendaPlace),
);

export const agendaItemUpdateSchema = z.preprocess(
  unflatten,
  agendaFields
    .extend({ itemId: recordId })
    .superRefine(checkAgenda, always)
    .transform((v) => ({ ...agendaPlace(v), itemId: v.itemId })),
);

/** A session of the timetable: a title per language (English required), a chair, a room or a link. */
const sessionFields = z.object({
  ...meetingRef,
  chairId: nullableId,
  room: lineText(itemLimits.title),
  link: optionalUrl,
  t: texts(z.object({ title: lineText(itemLimits.title) })),
});

export type SessionText = { locale: AppLocale; title: string };

function checkSession(value: z.output<typeof sessionFields>, ctx: z.RefinementCtx) {
  if (!value.t?.en?.title) ctx.addIssue({ code: "custom", message: "required", path: ["t", "en", "title"] });
}

const sessionValues = (v: z.output<typeof sessionFields>) => ({
  meetingId: v.meetingId,
  version: v.version,
  chairId: v.chairId,
  room: v.room,
  link: v.link,
  texts: locales.flatMap((locale): SessionText[] =>
    v.t[locale]?.title ? [{ locale, title: v.t[locale]!.title }] : [],
  ),
});

export const sessionSchema = z.preprocess(
  unflatten,
  sessionFields.superRefine(checkSession, always).transform(sessionValues),
);

export const sessionUpdateSchema = z.preprocess(
  unflatten,
  sessionFields
    .extend({ itemId: recordId })
    .superRefine(checkSession, always)
    .transform((v) => ({ ...sessionValues(v), itemId: v.itemId })),
);

/** Removing an agenda item or an outcome. */
export const meetingItemRefSchema = z.object({ ...meetingRef, itemId: recordId });

/** Moving an agenda item, an outcome, an attendee or a document one place up or down. */
export const meetingItemMoveSchema = z.object({ ...meetingRef, itemId: recordId, direction: moveDirection });

const outcomeText = z.object({ text: text(itemLimits.text) });
export type OutcomeText = { locale: AppLocale; text: string };

const outcomeFields = z.object({ ...meetingRef, kind: z.enum(outcomeKinds), t: texts(outcomeText) });

function checkOutcome(value: z.output<typeof outcomeFields>, ctx: z.RefinementCtx) {
  if (!value.t?.en?.text) ctx.addIssue({ code: "custom", message: "required", path: ["t", "en", "text"] });
}

const outcomeTexts = (t: Partial<Record<AppLocale, { text: string }>>): OutcomeText[] =>
  locales.flatMap((locale) => (t[locale]?.text ? [{ locale, text: t[locale]!.text }] : []));

export const outcomeSchema = z.preprocess(
  unflatten,
  outcomeFields
    .superRefine(checkOutcome, always)
    .transform((v) => ({ meetingId: v.meetingId, version: v.version, kind: v.kind, texts: outcomeTexts(v.t) })),
);

export const outcomeUpdateSchema = z.preprocess(
  unflatten,
  outcomeFields
    .extend({ itemId: recordId })
    .superRefine(checkOutcome, always)
    .transform((v) => ({
      meetingId: v.meetingId,
      version: v.version,
      itemId: v.itemId,
      kind: v.kind,
      texts: outcomeTexts(v.t),
    })),
);

/** Linking this meeting to another one. */
export const relationSchema = z.object({ ...meetingRef, targetId: recordId, kind: z.enum(relationKinds) });

export const relationRemoveSchema = z.object({ ...meetingRef, targetId: recordId });

/** The related-meetings search box (a GET parameter). */
export const relationSearchSchema = queryText(100);
