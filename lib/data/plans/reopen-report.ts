import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { NotFoundError } from "@/lib/errors/app-errors";
import { planTags } from "./claim-plan";
import { claimReport, reportSelect } from "./manage-reports";

/**
 * Reopens an accepted progress report (ROCB staff of the plan's region): it
 * goes back to "awaiting review", so its figures leave the public plan at
 * once, and it can be accepted or returned again. Audited with the report as
 * it was.
 */
export async function reopenReport({ actor, reportId, version }: { actor: Actor; reportId: string; version: number }) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.progressReport.findUnique({ where: { id: reportId }, select: reportSelect });
    if (!before) throw new NotFoundError();
    await claimReport(tx, actor, reportId, version, "report.reopen");
    await tx.progressReport.update({
      where: { id: reportId },
      data: {
        status: "SUBMITTED",
        reviewedById: null,
        reviewedAt: null,
        reviewComment: "",
        events: { create: { kind: "REOPENED", actorId: actor.id } },
      },
    });
    const after = await tx.progressReport.findUniqueOrThrow({ where: { id: reportId }, select: reportSelect });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "report.reopen",
      entityType: "ProgressReport",
      entityId: reportId,
      before,
      after,
    });
    // Only accepted reports count on the public plan: it changes now.
    return { id: reportId, tags: planTags(before.activity.planId, before.activity.plan.status) };
  });
}
