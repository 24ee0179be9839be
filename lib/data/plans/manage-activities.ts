import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { FieldValidationError, NotFoundError } from "@/lib/errors/app-errors";
import type { ActivityInput } from "@/lib/validation/plans";
import { claimPlan, planTags, type Tx } from "./claim-plan";
import { activityCoreSelect } from "./select-activity";

// Activities of a plan, with their partners and indicators. Each change claims
// the plan's version (the plan and its activities change together) and is
// audited on the plan.

const activitySelect = {
  ...activityCoreSelect,
  translations: { orderBy: { locale: "asc" }, select: { locale: true, title: true, description: true } },
  partners: { orderBy: { id: "asc" }, select: { structureId: true, organizationId: true } },
  indicators: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      unit: true,
      target: true,
      translations: { orderBy: { locale: "asc" }, select: { locale: true, name: true, unit: true } },
    },
  },
} as const;

async function findActivity(tx: Tx, planId: string, activityId: string) {
  const activity = await tx.activity.findFirst({ where: { id: activityId, planId }, select: activitySelect });
  if (!activity) throw new NotFoundError();
  return activity;
}

/** Structures and organizations must exist; the responsible one and the partners must be active structures of the plan's region or any organization. */
async function checkReferences(tx: Tx, regionId: string, input: ActivityInput) {
  const errors: Record<string, string[]> = {};
  const responsible = await tx.structure.count({ where: { id: input.responsibleStructureId, regionId } });
  if (!responsible) errors.responsibleStructureId = ["invalid"];
  if (
    input.partnerStructureIds.length &&
    (await tx.structure.count({ where: { id: { in: input.partnerStructureIds } } })) !==
      input.partnerStructureIds.length
  ) {
    errors.partnerStructureIds = ["invalid"];
  }
  if (
    input.partnerOrganizationIds.length &&
    (await tx.organization.count({ where: { id: { in: input.partnerOrganizationIds } } })) !==
      input.partnerOrganizationIds.length
  ) {
    errors.partnerOrganizationIds = ["invalid"];
  }
  if (Object.keys(errors).length) throw new FieldValidationError(errors);
}

const partnerRows = (input: ActivityInput) => [
  ...input.partnerStructureIds.map((structureId) => ({ structureId })),
  ...input.partnerOrganizationIds.map((organizationId) => ({ organizationId })),
];

async function writeIndicators(tx: Tx, activityId: string, indicators: ActivityInput["indicators"]) {
  const keep = indicators.flatMap((row) => (row.id ? [row.id] : []));
  // Indicators removed from the form go, with their reported values.
  await tx.indicator.deleteMany({ where: { activityId, id: { notIn: keep } } });
  for (const [position, row] of indicators.entries()) {
    const texts = row.texts.map(({ locale, name, unit }) => ({ locale, name, unit: unit ?? "" }));
    if (row.id) {
      const { count } = await tx.indicator.updateMany({
        where: { id: row.id, activityId },
        data: { position, unit: row.unit, target: row.target },
      });
      if (!count) throw new FieldValidationError({ [`indicators.${position}.unit`]: ["invalid"] });
      await tx.indicatorTranslation.deleteMany({ where: { indicatorId: row.id } });
      await tx.indicatorTranslation.createMany({ data: texts.map((t) => ({ ...t, indicatorId: row.id! })) });
    } else {
      await tx.indicator.create({
        data: { activityId, position, unit: row.unit, target: row.target, translations: { create: texts } },
      });
    }
  }
}

/** The activity's responsible structure, dates and status as the form gave them. */
function scheduleOf(input: ActivityInput) {
  return {
    responsibleStructureId: input.responsibleStructureId,
    plannedStart: input.plannedStart,
    plannedEnd: input.plannedEnd,
    actualStart: input.actualStart,
    actualEnd: input.actualEnd,
    status: input.status,
  };
}

/** A change of an activity, audited on its plan. */
async function auditActivity(
  tx: Tx,
  actor: Actor,
  planId: string,
  change: "create" | "update" | "delete",
  snapshots: { before?: unknown; after?: unknown },
) {
  await writeAudit(tx, {
    actorId: actor.id,
    action: `plan.activity.${change}`,
    entityType: "ActionPlan",
    entityId: planId,
    ...snapshots,
  });
}

export async function createActivity({ actor, input }: { actor: Actor; input: ActivityInput }) {
  return prisma.$transaction(async (tx) => {
    const plan = await claimPlan(tx, actor, input.planId, input.version);
    await checkReferences(tx, plan.regionId, input);
    const last = await tx.activity.aggregate({ where: { planId: plan.id }, _max: { position: true } });
    const activity = await tx.activity.create({
      data: {
        planId: plan.id,
        position: (last._max.position ?? -1) + 1,
        ...scheduleOf(input),
        translations: { create: input.texts.map(({ locale, title, description }) => ({ locale, title, description })) },
        partners: { create: partnerRows(input) },
      },
      select: { id: true },
    });
    await writeIndicators(tx, activity.id, input.indicators);
    await auditActivity(tx, actor, plan.id, "create", { after: await findActivity(tx, plan.id, activity.id) });
    return { id: activity.id, tags: planTags(plan.id, plan.status) };
  });
}

export async function updateActivity({
  actor,
  input,
}: {
  actor: Actor;
  input: ActivityInput & { activityId: string };
}) {
  return prisma.$transaction(async (tx) => {
    const plan = await claimPlan(tx, actor, input.planId, input.version);
    const before = await findActivity(tx, plan.id, input.activityId);
    await checkReferences(tx, plan.regionId, input);
    await tx.activity.update({
      where: { id: before.id },
      data: {
        ...scheduleOf(input),
        // The status shown publicly is the latest decision: staff's, or an accepted report's.
        ...(input.status !== before.status ? { statusChangedAt: new Date() } : {}),
        version: { increment: 1 },
      },
    });
    await tx.activityTranslation.deleteMany({ where: { activityId: before.id } });
    await tx.activityTranslation.createMany({
      data: input.texts.map(({ locale, title, description }) => ({
        activityId: before.id,
        locale,
        title,
        description,
      })),
    });
    await tx.activityPartner.deleteMany({ where: { activityId: before.id } });
    await tx.activityPartner.createMany({ data: partnerRows(input).map((row) => ({ activityId: before.id, ...row })) });
    await writeIndicators(tx, before.id, input.indicators);
    await auditActivity(tx, actor, plan.id, "update", { before, after: await findActivity(tx, plan.id, before.id) });
    return { id: before.id, tags: planTags(plan.id, plan.status) };
  });
}

export async function deleteActivity({
  actor,
  planId,
  version,
  activityId,
}: {
  actor: Actor;
  planId: string;
  version: number;
  activityId: string;
}) {
  return prisma.$transaction(async (tx) => {
    const plan = await claimPlan(tx, actor, planId, version);
    const before = await findActivity(tx, plan.id, activityId);
    await tx.activity.delete({ where: { id: activityId } });
    await auditActivity(tx, actor, plan.id, "delete", { before });
    return { id: activityId, tags: planTags(plan.id, plan.status) };
  });
}
