import "server-only";
import { prisma } from "@/lib/db/client";
import { can, ForbiddenError, meetingWhere, type Actor } from "@/lib/auth/permissions";
import { firstFreeSlug, slugify } from "@/lib/content/slug";
import { cacheTags } from "@/lib/cache/tags";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { FieldValidationError, NotFoundError } from "@/lib/errors/app-errors";
import { createOnce } from "@/lib/data/create-once";
import { isUniqueViolation } from "@/lib/errors/database";
import type { PlanInput } from "@/lib/validation/plans";
import { claimPlan, planTags, type Tx } from "./claim-plan";
import { planFieldsSelect } from "./select-plan";

// Creating and editing a plan: its region, period, status, the meeting that
// adopted it and that meeting's decision, its texts per language.

const auditSelect = {
  ...planFieldsSelect,
  regionId: true,
  adoptedAtMeetingId: true,
  decisionId: true,
  version: true,
  translations: { orderBy: { locale: "asc" }, select: { locale: true, title: true, summary: true } },
} as const;

/** The adopting meeting must be one the actor may edit, in the plan's region; the decision one of its decisions. */
async function checkReferences(
  tx: Tx,
  actor: Actor,
  regionId: string,
  input: Pick<PlanInput, "adoptedAtMeetingId" | "decisionId">,
) {
  const errors: Record<string, string[]> = {};
  if (input.adoptedAtMeetingId) {
    const meeting = await tx.meeting.count({
      where: { AND: [{ id: input.adoptedAtMeetingId, regionId }, meetingWhere(actor, "meeting.update")] },
    });
    if (!meeting) errors.adoptedAtMeetingId = ["invalid"];
  }
  if (input.decisionId) {
    const decision = await tx.meetingOutcome.count({
      where: { id: input.decisionId, kind: "DECISION", meetingId: input.adoptedAtMeetingId ?? "" },
    });
    if (!decision) errors.decisionId = ["invalid"];
  }
  if (Object.keys(errors).length) throw new FieldValidationError(errors);
}

async function freeSlug(tx: Tx, wanted: string, title: string, exceptId?: string) {
  if (wanted) {
    const owner = await tx.actionPlan.findUnique({ where: { slug: wanted }, select: { id: true } });
    if (owner && owner.id !== exceptId) throw new FieldValidationError({ slug: ["slugTaken"] });
    return wanted;
  }
  const base = slugify(title, "action-plan");
  const taken = await tx.actionPlan.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(
    base,
    taken.map((t) => t.slug),
  );
}

/** Slug races: a plan created at the same moment took the free slug; the next attempt picks another. */
const SLUG_ATTEMPTS = 5;

/**
 * A new plan. The form's one-time token makes it idempotent (the same form
 * sent twice opens the plan the first one created); plans created at the same
 * moment with the same title each get their own slug.
 */
export async function createPlan({ actor, input, formToken }: { actor: Actor; input: PlanInput; formToken: string }) {
  const regionId = input.regionId ?? actor.regionId;
  if (!regionId) throw new FieldValidationError({ regionId: ["required"] });
  if (!can(actor, "plan.create", { regionId })) throw new ForbiddenError("plan.create");
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await createOnce({ userId: actor.id, token: formToken, kind: "plan" }, async (tx) => {
        await checkReferences(tx, actor, regionId, input);
        const slug = await freeSlug(tx, input.slug, input.texts.find((t) => t.locale === "en")?.title ?? "");
        const plan = await tx.actionPlan.create({
          data: {
            slug,
            regionId,
            periodStart: input.periodStart,
            periodEnd: input.periodEnd,
            status: input.status,
            adoptedAtMeetingId: input.adoptedAtMeetingId,
            decisionId: input.decisionId,
            translations: { create: input.texts.map(({ locale, title, summary }) => ({ locale, title, summary })) },
          },
          select: auditSelect,
        });
        await writeAudit(tx, {
          actorId: actor.id,
          action: "plan.create",
          entityType: "ActionPlan",
          entityId: plan.id,
          after: plan,
        });
        return { id: plan.id, tags: planTags(plan.id, plan.status) };
      });
    } catch (error) {
      // The only unique value a create writes besides its token (which createOnce settles) is the slug.
      if (!isUniqueViolation(error)) throw error;
      if (input.slug || attempt >= SLUG_ATTEMPTS) throw new FieldValidationError({ slug: ["slugTaken"] });
    }
  }
}

export async function updatePlan({
  actor,
  input,
}: {
  actor: Actor;
  input: PlanInput & { planId: string; version: number };
}) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.actionPlan.findUnique({ where: { id: input.planId }, select: auditSelect });
    if (!before) throw new NotFoundError();
    const claimed = await claimPlan(tx, actor, input.planId, input.version);
    await checkReferences(tx, actor, claimed.regionId, input);
    const slug = input.slug ? await freeSlug(tx, input.slug, "", claimed.id) : claimed.slug;
    await tx.actionPlan.update({
      where: { id: claimed.id },
      data: {
        slug,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        status: input.status,
        adoptedAtMeetingId: input.adoptedAtMeetingId,
        decisionId: input.decisionId,
      },
    });
    await tx.actionPlanTranslation.deleteMany({
      where: { planId: claimed.id, locale: { notIn: input.texts.map((t) => t.locale) } },
    });
    for (const { locale, title, summary } of input.texts) {
      await tx.actionPlanTranslation.upsert({
        where: { planId_locale: { planId: claimed.id, locale } },
        create: { planId: claimed.id, locale, title, summary },
        update: { title, summary },
      });
    }
    const after = await tx.actionPlan.findUniqueOrThrow({ where: { id: claimed.id }, select: auditSelect });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "plan.update",
      entityType: "ActionPlan",
      entityId: claimed.id,
      before,
      after,
    });
    // The adopting meeting's page links to the plan: refresh it too.
    const meetingTags = [before.adoptedAtMeetingId, after.adoptedAtMeetingId]
      .filter(Boolean)
      .map((id) => cacheTags.meeting(id!));
    return { id: claimed.id, tags: [...planTags(claimed.id, before.status, after.status), ...meetingTags] };
  });
}
