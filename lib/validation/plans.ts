// Joint action plans, their activities (with indicators) and the centres'
// progress reports. Texts per language are named t.<locale>.<field>; the
// indicators of an activity are rows indicators.<n>.… (form-fields.ts).
// Every change carries the version it was loaded with: plan and activity
// changes claim the plan's version, report changes the report's.
import { locales, type AppLocale } from "@/i18n/routing";
import { SLUG_MAX, SLUG_PATTERN } from "@/lib/content/slug";
import { activityStatuses } from "@/lib/content/plan-progress";
import { lineString, multilineString, stripBidiControls } from "./text-rules";
import {
  confirmed,
  formToken,
  idList,
  lineText,
  optionalFile,
  nullableId,
  optionalDate,
  perLocale,
  recordId,
  requiredDate,
  text,
  unflatten,
  version,
  z,
} from "./form-fields";

export const planStatuses = ["DRAFT", "ADOPTED", "CLOSED"] as const;
export const planLimits = {
  title: 300,
  summary: 4000,
  description: 4000,
  name: 300,
  unit: 60,
  narrative: 8000,
  comment: 2000,
  indicators: 10,
} as const;

const always = { when: () => true };
const texts = <T extends z.ZodObject>(schema: T) =>
  perLocale(schema)
    .optional()
    .transform((t) => t ?? {});

/** The texts present, per language, in the order of the locales. */
function present<T extends Record<string, string | undefined>>(
  t: Partial<Record<AppLocale, T>>,
  key: keyof T,
): (T & { locale: AppLocale })[] {
  return locales.flatMap((locale) => (t[locale]?.[key] ? [{ ...t[locale]!, locale }] : []));
}

function requireEnglish(
  value: Partial<Record<AppLocale, Record<string, string | undefined>>> | undefined,
  field: string,
  ctx: z.RefinementCtx,
  prefix: (string | number)[] = [],
) {
  if (!value?.en?.[field]) ctx.addIssue({ code: "custom", message: "required", path: [...prefix, "t", "en", field] });
}

function checkPeriod(start: Date | null, end: Date | null, ctx: z.RefinementCtx, endField: string) {
  if (start && end && end < start) ctx.addIssue({ code: "custom", message: "endBeforeStart", path: [endField] });
}

const optionalSlug = z
  .preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.union([z.literal(""), z.string().max(SLUG_MAX).regex(SLUG_PATTERN, { message: "slugFormat" })]).optional(),
  )
  .transform((v) => v || "");

// ---- plans

const planText = z.object({ title: lineText(planLimits.title), summary: text(planLimits.summary) });
const planFields = z.object({
  regionId: nullableId,
  slug: optionalSlug,
  periodStart: requiredDate,
  periodEnd: requiredDate,
  status: z.enum(planStatuses),
  adoptedAtMeetingId: nullableId,
  decisionId: nullableId,
  t: texts(planText),
});

function checkPlan(value: z.output<typeof planFields>, ctx: z.RefinementCtx) {
  requireEnglish(value.t, "title", ctx);
  checkPeriod(value.periodStart, value.periodEnd, ctx, "periodEnd");
  if (value.decisionId && !value.adoptedAtMeetingId)
    ctx.addIssue({ code: "custom", message: "required", path: ["adoptedAtMeetingId"] });
}

const toPlan = (v: z.output<typeof planFields>) => ({
  regionId: v.regionId,
  slug: v.slug,
  periodStart: v.periodStart,
  periodEnd: v.periodEnd,
  status: v.status,
  adoptedAtMeetingId: v.adoptedAtMeetingId,
  decisionId: v.decisionId,
  texts: present(v.t, "title"),
});

/** A new plan, with the form's one-time token: the same form sent twice creates one plan. */
export const createPlanSchema = z.preprocess(
  unflatten,
  planFields
    .extend({ formToken })
    .superRefine(checkPlan, always)
    .transform((v) => ({ formToken: v.formToken, ...toPlan(v) })),
);
export const updatePlanSchema = z.preprocess(
  unflatten,
  planFields
    .extend({ planId: recordId, version })
    .superRefine(checkPlan, always)
    .transform((v) => ({ planId: v.planId, version: v.version, ...toPlan(v) })),
);
export type PlanInput = Omit<z.output<typeof createPlanSchema>, "formToken">;

// ---- activities (claim the plan's version)

/** Every value a row holds, at any depth (names per language), but its saved id. */
const typedValues = (row: object): unknown[] =>
  Object.entries(row).flatMap(([k, v]) =>
    k === "id" ? [] : v && typeof v === "object" && !(v instanceof Blob) ? typedValues(v) : [v],
  );
/** A row where nothing was typed: left out (an empty new row, or a saved indicator whose fields were emptied, which removes it). */
const isBlankRow = (row: unknown) =>
  !row || typeof row !== "object" || !typedValues(row).some((v) => typeof v === "string" && v.trim());

const activityText = z.object({ title: lineText(planLimits.title), description: text(planLimits.description) });
const indicatorRow = z.object({
  id: nullableId,
  unit: lineText(planLimits.unit),
  target: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce.number().min(0).max(1e9),
  ),
  // A unit per language beside the name; the row's own unit where none is given.
  // (absent when not typed: an empty unit is the same as none)
  t: texts(z.object({ name: lineText(planLimits.name), unit: lineString().max(planLimits.unit).optional() })),
});

const activityFields = z.object({
  planId: recordId,
  version,
  responsibleStructureId: recordId,
  partnerStructureIds: idList,
  partnerOrganizationIds: idList,
  plannedStart: requiredDate,
  plannedEnd: requiredDate,
  actualStart: optionalDate,
  actualEnd: optionalDate,
  status: z.enum(activityStatuses),
  t: texts(activityText),
  // Blank rows of the form (offered for new indicators) are null here and left
  // out by toActivity: kept until then, so an error's index is the row's in the form.
  indicators: z
    .preprocess(
      (rows) => (Array.isArray(rows) ? rows.map((r) => (isBlankRow(r) ? null : r)) : rows),
      z.array(indicatorRow.nullable()).max(planLimits.indicators),
    )
    .optional()
    .transform((v) => v ?? []),
});

function checkActivity(value: z.output<typeof activityFields>, ctx: z.RefinementCtx) {
  requireEnglish(value.t, "title", ctx);
  checkPeriod(value.plannedStart, value.plannedEnd, ctx, "plannedEnd");
  checkPeriod(value.actualStart, value.actualEnd, ctx, "actualEnd");
  value.indicators.forEach((row, i) => {
    if (!row) return;
    requireEnglish(row.t, "name", ctx, ["indicators", i]);
    // A unit in a language without a name there would be lost: the name is asked for.
    for (const [locale, t] of Object.entries(row.t))
      if (t?.unit && !t.name)
        ctx.addIssue({ code: "custom", message: "required", path: ["indicators", i, "t", locale, "name"] });
  });
}

const toActivity = (v: z.output<typeof activityFields>) => ({
  planId: v.planId,
  version: v.version,
  responsibleStructureId: v.responsibleStructureId,
  partnerStructureIds: [...new Set(v.partnerStructureIds)].filter((id) => id !== v.responsibleStructureId),
  partnerOrganizationIds: [...new Set(v.partnerOrganizationIds)],
  plannedStart: v.plannedStart,
  plannedEnd: v.plannedEnd,
  actualStart: v.actualStart,
  actualEnd: v.actualEnd,
  status: v.status,
  texts: present(v.t, "title"),
  indicators: v.indicators.flatMap((row) =>
    row ? [{ id: row.id, unit: row.unit, target: row.target, texts: present(row.t, "name") }] : [],
  ),
});

export const createActivitySchema = z.preprocess(
  unflatten,
  activityFields.superRefine(checkActivity, always).transform(toActivity),
);
export const updateActivitySchema = z.preprocess(
  unflatten,
  activityFields
    .extend({ activityId: recordId })
    .superRefine(checkActivity, always)
    .transform((v) => ({ activityId: v.activityId, ...toActivity(v) })),
);
export const deleteActivitySchema = z.object({ planId: recordId, version, activityId: recordId });
/** Deleting a draft plan, from its confirmation page. */
export const deletePlanSchema = z.object({ planId: recordId, version, confirm: confirmed });
export type ActivityInput = z.output<typeof createActivitySchema>;

// ---- progress reports

const reportFields = z.object({
  periodStart: requiredDate,
  periodEnd: requiredDate,
  reportedStatus: z.enum(activityStatuses),
  actualStart: optionalDate,
  actualEnd: optionalDate,
  value: z
    .record(
      z.string().max(40),
      z.preprocess(
        (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
        z.coerce.number().min(0).max(1e9).optional(),
      ),
    )
    .optional()
    .transform((v) => v ?? {}),
  t: texts(z.object({ narrative: text(planLimits.narrative) })),
  evidenceTitle: lineText(200),
  evidence: optionalFile.transform((f) => (f ? (f as File) : null)),
});

function checkReport(value: z.output<typeof reportFields>, ctx: z.RefinementCtx) {
  requireEnglish(value.t, "narrative", ctx);
  checkPeriod(value.periodStart, value.periodEnd, ctx, "periodEnd");
  checkPeriod(value.actualStart, value.actualEnd, ctx, "actualEnd");
}

const toReport = (v: z.output<typeof reportFields>) => ({
  periodStart: v.periodStart,
  periodEnd: v.periodEnd,
  reportedStatus: v.reportedStatus,
  actualStart: v.actualStart,
  actualEnd: v.actualEnd,
  values: Object.entries(v.value).flatMap(([indicatorId, value]) =>
    value === undefined ? [] : [{ indicatorId, value }],
  ),
  texts: present(v.t, "narrative"),
  evidence: v.evidence ? { file: v.evidence, title: v.evidenceTitle || v.evidence.name } : null,
});

/** A new report, with the form's one-time token: the same form sent twice (or five times) submits one report. */
export const submitReportSchema = z.preprocess(
  unflatten,
  reportFields
    .extend({ activityId: recordId, formToken })
    .superRefine(checkReport, always)
    .transform((v) => ({ activityId: v.activityId, formToken: v.formToken, ...toReport(v) })),
);
export const updateReportSchema = z.preprocess(
  unflatten,
  reportFields
    .extend({ reportId: recordId, version })
    .superRefine(checkReport, always)
    .transform((v) => ({ reportId: v.reportId, version: v.version, ...toReport(v) })),
);
export type ReportInput = Omit<z.output<typeof submitReportSchema>, "formToken">;

/** Reopening an accepted report, from its confirmation page. */
export const reopenReportSchema = z.object({ reportId: recordId, version, confirm: confirmed });

export const reviewDecisions = ["accept", "return"] as const;
export const reviewReportSchema = z
  .object({
    reportId: recordId,
    version,
    decision: z.enum(reviewDecisions),
    // The shared multi-line rule (control characters refused next to the
    // field); direction overrides are dropped too: the comment is shown as
    // plain text to the centre and in the audit log, not as a Markdown paragraph.
    comment: multilineString()
      .max(planLimits.comment)
      .overwrite(stripBidiControls)
      .optional()
      .transform((v) => v ?? ""),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "return" && !v.comment)
      ctx.addIssue({ code: "custom", message: "commentRequired", path: ["comment"] });
  });
