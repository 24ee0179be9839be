import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { ForbiddenError, planWhere, type Actor, type PlanAction, type Scope } from "@/lib/auth/permissions";
import { cacheTags } from "@/lib/cache/tags";
import { NotFoundError, StaleVersionError } from "@/lib/errors/app-errors";

// The one seam through which staff change a joint action plan: every change
// of the plan or of one of its activities claims the plan with `claimPlan`
// inside its transaction (scope and version in the UPDATE's own where) and
// refreshes the pages `planTags` names.

export type Tx = Prisma.TransactionClient;

/** An action's early check: the plan's scope, or null for an unknown id. */
export async function planScopeOf(id: string): Promise<Scope | null> {
  const row = await prisma.actionPlan.findUnique({ where: { id }, select: { regionId: true } });
  return row ? { regionId: row.regionId } : null;
}

const claimSelect = { id: true, slug: true, status: true, version: true, regionId: true } as const;
export type ClaimedPlan = Prisma.ActionPlanGetPayload<{ select: typeof claimSelect }>;

/** Claims the plan for one change: NotFoundError, ForbiddenError or StaleVersionError, else the plan (version bumped). */
export async function claimPlan(
  tx: Tx,
  actor: Actor,
  id: string,
  version: number,
  action: PlanAction = "plan.update",
): Promise<ClaimedPlan> {
  const scope = planWhere(actor, action);
  const { count } = await tx.actionPlan.updateMany({
    where: { AND: [{ id, version }, scope] },
    data: { version: { increment: 1 } },
  });
  if (count === 0) {
    if (!(await tx.actionPlan.count({ where: { AND: [{ id }, scope] } }))) {
      throw (await tx.actionPlan.count({ where: { id } })) ? new ForbiddenError(action) : new NotFoundError();
    }
    throw new StaleVersionError();
  }
  return tx.actionPlan.findUniqueOrThrow({ where: { id }, select: claimSelect });
}

/**
 * Pages to refresh after a change to a plan: its own page, and (when it is or
 * was public) every page that lists plans: region, structures, meetings.
 */
export function planTags(id: string, ...statuses: (string | null | undefined)[]): string[] {
  const everPublic = statuses.some((status) => status && status !== "DRAFT");
  return everPublic ? [cacheTags.plans, cacheTags.plan(id)] : [cacheTags.plan(id)];
}

export const isPublicPlanStatus = (status: string) => status !== "DRAFT";
