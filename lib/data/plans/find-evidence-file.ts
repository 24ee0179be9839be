import "server-only";
import { prisma } from "@/lib/db/client";
import { reportWhere, type Actor } from "@/lib/auth/permissions";

/** An evidence file of a report the actor may read, or null. One query, scoped in its where. */
export async function findEvidenceFile({ actor, id }: { actor: Actor; id: string }) {
  return prisma.progressReportDocument.findFirst({
    where: { id, report: reportWhere(actor, "report.read") },
    select: { storageKey: true, fileName: true, mimeType: true },
  });
}
