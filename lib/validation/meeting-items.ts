// Agenda items, outcomes and related-meeting links of a meeting. Every form
// carries the meeting's id and version: the meeting and its parts change
// together, so a stale page cannot reorder or overwrite someone else's work.
import { z } from "zod";
import { locales, type AppLocale } from "@/i18n/routing";
import { idSchema, versionSchema } from "./meetings";
import { lineString, multilineString, queryText } from "./text-rules";

export const outcomeKinds = ["OUTCOME", "DECISION"] as const;
export const relationKinds = ["BACK_TO_BACK", "FOLLOW_UP", "RELATED"] as const;

export const itemLimits = { title: 300, description: 2000, text: 4000 } as const;

const missingAsBlank = (v: unknown) => (v == null ? "" : v);
const text = (max: number) => z.preprocess(missingAsBlank, multilineString().max(max));
const lineText = (max: number) => z.preprocess(missingAsBlank, lineString().max(max));

/** Field names of the per-locale texts: title_en, description_fr, text_ar… */
export const itemTextName = (field: "title" | "description" | "text", locale: AppLocale) => `${field}_${locale}`;

const read = (value: object, name: string) => String((value as Record<string, unknown>)[name] ?? "");

const meetingRef = { meetingId: idSchema, version: versionSchema };

const agendaTextShape = Object.fromEntries(
  locales.flatMap((l) => [
    [itemTextName("title", l), lineText(itemLimits.title)],
    [itemTextName("description", l), text(itemLimits.description)],
  ]),
) as Record<never, never>;

export type AgendaText = { locale: AppLocale; title: string; description: string };

const agendaShape = { ...meetingRef, startsAt: z.string().trim().max(16).default(""), ...agendaTextShape };

function checkAgenda(value: object, ctx: z.RefinementCtx) {
  for (const locale of locales) {
    const title = read(value, itemTextName("title", locale));
    const description = read(value, itemTextName("description", locale));
    if (!title && (locale === "en" || description)) {
      ctx.addIssue({ code: "custom", message: "required", path: [itemTextName("title", locale)] });
    }
  }
}

function agendaTexts(value: object): AgendaText[] {
  return locales
    .map((locale) => ({ locale, title: read(value, itemTextName("title", locale)), description: read(value, itemTextName("description", locale)) }))
    .filter((t) => t.title);
}

/** Adding an agenda item; the start time is checked against the meeting's zone by the data function. */
export const agendaItemSchema = z
  .object(agendaShape)
  .superRefine(checkAgenda)
  .transform((v) => ({ meetingId: v.meetingId, version: v.version, startsAt: v.startsAt, texts: agendaTexts(v) }));

export const agendaItemUpdateSchema = z
  .object({ ...agendaShape, itemId: idSchema })
  .superRefine(checkAgenda)
  .transform((v) => ({ meetingId: v.meetingId, version: v.version, itemId: v.itemId, startsAt: v.startsAt, texts: agendaTexts(v) }));

/** Removing an agenda item or an outcome. */
export const meetingItemRefSchema = z.object({ ...meetingRef, itemId: idSchema });

/** Moving an agenda item or an outcome one place up or down. */
export const meetingItemMoveSchema = z.object({ ...meetingRef, itemId: idSchema, direction: z.enum(["up", "down"]) });

const outcomeTextShape = Object.fromEntries(locales.map((l) => [itemTextName("text", l), text(itemLimits.text)])) as Record<never, never>;

export type OutcomeText = { locale: AppLocale; text: string };

const outcomeShape = { ...meetingRef, kind: z.enum(outcomeKinds), ...outcomeTextShape };

function checkOutcome(value: object, ctx: z.RefinementCtx) {
  if (!read(value, itemTextName("text", "en"))) ctx.addIssue({ code: "custom", message: "required", path: [itemTextName("text", "en")] });
}

const outcomeTexts = (value: object): OutcomeText[] =>
  locales.map((locale) => ({ locale, text: read(value, itemTextName("text", locale)) })).filter((t) => t.text);

export const outcomeSchema = z
  .object(outcomeShape)
  .superRefine(checkOutcome)
  .transform((v) => ({ meetingId: v.meetingId, version: v.version, kind: v.kind, texts: outcomeTexts(v) }));

export const outcomeUpdateSchema = z
  .object({ ...outcomeShape, itemId: idSchema })
  .superRefine(checkOutcome)
  .transform((v) => ({ meetingId: v.meetingId, version: v.version, itemId: v.itemId, kind: v.kind, texts: outcomeTexts(v) }));

/** Linking this meeting to another one. */
export const relationSchema = z.object({ ...meetingRef, targetId: idSchema, kind: z.enum(relationKinds) });

export const relationRemoveSchema = z.object({ ...meetingRef, targetId: idSchema });

/** The related-meetings search box (a GET parameter). */
export const relationSearchSchema = queryText(100);
