import "server-only";
import { planWhere, type Actor } from "@/lib/auth/permissions";
import { deleteDraft } from "@/lib/data/drafts/delete-draft";
import { planTags } from "./claim-plan";
import { planFieldsSelect } from "./select-plan";

/** Deletes a draft plan with its texts, activities, indicators and any reports' evidence, audited with the plan as it was. */
export async function deleteDraftPlan({ actor, id, version }: { actor: Actor; id: string; version: number }) {
  const result = await deleteDraft({
    actorId: actor.id,
    id,
    version,
    action: "plan.delete",
    entityType: "ActionPlan",
    table: (tx) => ({
      deleteMany: (where) => tx.actionPlan.deleteMany({ where }),
      count: (where) => tx.actionPlan.count({ where }),
    }),
    scope: planWhere(actor, "plan.delete"),
    snapshot: (tx) =>
      tx.actionPlan.findUnique({
        where: { id },
        select: {
          ...planFieldsSelect,
          regionId: true,
          version: true,
          translations: { orderBy: { locale: "asc" }, select: { locale: true, title: true, summary: true } },
          _count: { select: { activities: true } },
        },
      }),
    files: async (tx) =>
      (
        await tx.progressReportDocument.findMany({
          where: { report: { activity: { planId: id } } },
          select: { storageKey: true },
        })
      ).map((d) => d.storageKey),
  });
  return { ...result, tags: planTags(id, "DRAFT") };
}
