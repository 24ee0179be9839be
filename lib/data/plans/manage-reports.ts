import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import {
  ForbiddenError,
  reportableActivityWhere,
  reportWhere,
  type Actor,
  type ReportAction,
  type Scope,
} from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { FieldValidationError, NotFoundError, StaleVersionError } from "@/lib/errors/app-errors";
import { getStorage } from "@/lib/storage/storage";
import { documentKinds, imageKinds, mimeTypes, sniffFileKind } from "@/lib/storage/file-types";
import { safeFileName } from "@/lib/storage/file-names";
import type { ReportInput } from "@/lib/validation/plans";
import { planTags, type Tx } from "./claim-plan";
import { createOnce, formSubmissionOf } from "@/lib/data/create-once";

// Progress reports: an RTC representative submits one on an activity of their
// centre, and edits it until it is accepted (a returned report is edited and
// sent again); ROCB staff of the plan's region accept it or return it with a
// comment. Accepting changes the public plan page; nothing else does.

export type Evidence = { title: string; fileName: string; bytes: Uint8Array };

/** What the permission checks see of a report or activity: the plan's region and the responsible centre. */
export async function activityScopeOf(activityId: string): Promise<Scope | null> {
  const row = await prisma.activity.findUnique({
    where: { id: activityId },
    select: { responsibleStructureId: true, plan: { select: { regionId: true } } },
  });
  return row ? { regionId: row.plan.regionId, structureId: row.responsibleStructureId } : null;
}

export async function reportScopeOf(reportId: string): Promise<Scope | null> {
  const row = await prisma.progressReport.findUnique({ where: { id: reportId }, select: { activityId: true } });
  return row ? activityScopeOf(row.activityId) : null;
}

export const reportSelect = {
  id: true,
  activityId: true,
  periodStart: true,
  periodEnd: true,
  reportedStatus: true,
  actualStart: true,
  actualEnd: true,
  status: true,
  reviewComment: true,
  submittedById: true,
  reviewedById: true,
  reviewedAt: true,
  version: true,
  translations: { orderBy: { locale: "asc" }, select: { locale: true, narrative: true } },
  values: { orderBy: { indicatorId: "asc" }, select: { indicatorId: true, value: true } },
  documents: {
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, fileName: true, mimeType: true, sizeBytes: true },
  },
  activity: { select: { planId: true, plan: { select: { status: true } } } },
} as const;

/** The type is decided by the bytes; the file is stored before the transaction and removed again if it fails. */
async function storeEvidence(activityId: string, evidence: Evidence | null) {
  if (!evidence) return null;
  const kind = sniffFileKind(evidence.bytes);
  if (!kind || ![...documentKinds, ...imageKinds].includes(kind))
    throw new FieldValidationError({ evidence: ["fileType"] });
  const storageKey = `evidence/${activityId.toLowerCase()}/${randomUUID()}.${kind}`;
  await getStorage().put(storageKey, evidence.bytes);
  return {
    title: evidence.title,
    storageKey,
    fileName: safeFileName(evidence.fileName, kind),
    mimeType: mimeTypes[kind],
    sizeBytes: evidence.bytes.length,
  };
}

async function withEvidence<T>(stored: Awaited<ReturnType<typeof storeEvidence>>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (stored)
      await getStorage()
        .delete(stored.storageKey)
        .catch(() => {});
    throw error;
  }
}

/** Values only for the activity's own indicators. */
async function checkValues(tx: Tx, activityId: string, values: ReportInput["values"]) {
  if (!values.length) return;
  const known = await tx.indicator.findMany({
    where: { activityId, id: { in: values.map((v) => v.indicatorId) } },
    select: { id: true },
  });
  if (known.length !== values.length) throw new FieldValidationError({ _form: ["invalid"] });
}

const reportData = (input: Omit<ReportInput, "activityId">) => ({
  periodStart: input.periodStart,
  periodEnd: input.periodEnd,
  reportedStatus: input.reportedStatus,
  actualStart: input.actualStart,
  actualEnd: input.actualEnd,
});

/**
 * A new report on an activity of the actor's centre. The form's one-time
 * token makes it idempotent: the same form sent again (a double click, a
 * reload, five requests at once) submits one report and opens it.
 */
export async function submitReport({
  actor,
  input,
  evidence,
  formToken,
}: {
  actor: Actor;
  input: ReportInput;
  evidence: Evidence | null;
  formToken: string;
}) {
  const key = { userId: actor.id, token: formToken, kind: "report" as const };
  // Sent before: nothing to check or store again.
  const earlier = await formSubmissionOf(key);
  if (earlier) return { id: earlier, tags: [] as string[] };
  // In scope before a single byte is stored.
  const activity = await prisma.activity.findFirst({
    where: { AND: [{ id: input.activityId }, reportableActivityWhere(actor)] },
    select: { id: true },
  });
  if (!activity) {
    if (await prisma.activity.count({ where: { id: input.activityId } })) throw new ForbiddenError("report.submit");
    throw new NotFoundError();
  }
  const stored = await storeEvidence(activity.id, evidence);
  const result = await withEvidence(stored, () =>
    createOnce(key, async (tx) => {
      await checkValues(tx, activity.id, input.values);
      const report = await tx.progressReport.create({
        data: {
          activityId: activity.id,
          ...reportData(input),
          submittedById: actor.id,
          translations: { create: input.texts.map(({ locale, narrative }) => ({ locale, narrative })) },
          values: { create: input.values },
          documents: stored ? { create: stored } : undefined,
          events: { create: { kind: "SUBMITTED", actorId: actor.id } },
        },
        select: reportSelect,
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "report.submit",
        entityType: "ProgressReport",
        entityId: report.id,
        after: report,
      });
      return { id: report.id, tags: [] as string[] };
    }),
  );
  // The same form at the same moment: the other request's report stands; this one's file goes.
  if ("repeated" in result) {
    if (stored)
      await getStorage()
        .delete(stored.storageKey)
        .catch(() => {});
    return { id: result.id, tags: [] as string[] };
  }
  return result;
}

/** Claims a report for one change: in scope for `action` and at `version`, both in the UPDATE's where. */
export async function claimReport(tx: Tx, actor: Actor, id: string, version: number, action: ReportAction) {
  const scope = reportWhere(actor, action);
  const { count } = await tx.progressReport.updateMany({
    where: { AND: [{ id, version }, scope] },
    data: { version: { increment: 1 } },
  });
  if (count === 0) {
    if (!(await tx.progressReport.count({ where: { id } }))) throw new NotFoundError();
    if (!(await tx.progressReport.count({ where: { AND: [{ id }, scope] } }))) {
      // In scope for reading but already reviewed: a stale page, not a refusal.
      const readable = await tx.progressReport.count({ where: { AND: [{ id }, reportWhere(actor, "report.read")] } });
      throw readable ? new StaleVersionError() : new ForbiddenError(action);
    }
    throw new StaleVersionError();
  }
}

export async function updateReport({
  actor,
  input,
  evidence,
}: {
  actor: Actor;
  input: Omit<ReportInput, "activityId"> & { reportId: string; version: number };
  evidence: Evidence | null;
}) {
  const current = await prisma.progressReport.findFirst({
    where: { AND: [{ id: input.reportId }, reportWhere(actor, "report.read")] },
    select: { activityId: true },
  });
  if (!current) {
    if (await prisma.progressReport.count({ where: { id: input.reportId } })) throw new ForbiddenError("report.update");
    throw new NotFoundError();
  }
  const stored = await storeEvidence(current.activityId, evidence);
  return withEvidence(stored, () =>
    prisma.$transaction(async (tx) => {
      const before = await tx.progressReport.findUniqueOrThrow({ where: { id: input.reportId }, select: reportSelect });
      await claimReport(tx, actor, input.reportId, input.version, "report.update");
      await checkValues(tx, before.activityId, input.values);
      // Edited after a return: sent for review again.
      await tx.progressReport.update({
        where: { id: before.id },
        data: { ...reportData(input), status: "SUBMITTED", submittedAt: new Date(), submittedById: actor.id },
      });
      await tx.progressReportTranslation.deleteMany({ where: { reportId: before.id } });
      await tx.progressReportTranslation.createMany({
        data: input.texts.map(({ locale, narrative }) => ({ reportId: before.id, locale, narrative })),
      });
      await tx.progressReportValue.deleteMany({ where: { reportId: before.id } });
      await tx.progressReportValue.createMany({ data: input.values.map((v) => ({ ...v, reportId: before.id })) });
      if (stored) await tx.progressReportDocument.create({ data: { ...stored, reportId: before.id } });
      // The thread records a returned report sent again (edits while awaiting review are not a new step).
      if (before.status === "RETURNED")
        await tx.progressReportEvent.create({ data: { reportId: before.id, kind: "RESUBMITTED", actorId: actor.id } });
      const after = await tx.progressReport.findUniqueOrThrow({ where: { id: before.id }, select: reportSelect });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "report.update",
        entityType: "ProgressReport",
        entityId: before.id,
        before,
        after,
      });
      return { id: before.id, tags: [] as string[] };
    }),
  );
}

export async function reviewReport({
  actor,
  reportId,
  version,
  decision,
  comment,
}: {
  actor: Actor;
  reportId: string;
  version: number;
  decision: "accept" | "return";
  comment: string;
}) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.progressReport.findUnique({ where: { id: reportId }, select: reportSelect });
    if (!before) throw new NotFoundError();
    await claimReport(tx, actor, reportId, version, "report.review");
    await tx.progressReport.update({
      where: { id: reportId },
      data: {
        status: decision === "accept" ? "ACCEPTED" : "RETURNED",
        reviewComment: comment,
        reviewedById: actor.id,
        reviewedAt: new Date(),
        // The thread keeps every review's comment; the report's own is the latest.
        events: { create: { kind: decision === "accept" ? "ACCEPTED" : "RETURNED", comment, actorId: actor.id } },
      },
    });
    const after = await tx.progressReport.findUniqueOrThrow({ where: { id: reportId }, select: reportSelect });
    await writeAudit(tx, {
      actorId: actor.id,
      action: decision === "accept" ? "report.accept" : "report.return",
      entityType: "ProgressReport",
      entityId: reportId,
      before,
      after,
    });
    // Only an accepted report changes what the public sees.
    const tags = decision === "accept" ? planTags(before.activity.planId, before.activity.plan.status) : [];
    return { id: reportId, decision, tags };
  });
}
