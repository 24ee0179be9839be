import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";

// The rows of each kind a staff member may see in the workspace, as a Prisma
// `where` — the same rules as lib/auth/permissions.ts, applied inside queries
// so a record out of scope is never even read.

const nothing = { id: "__none__" };

export function meetingScope(actor: Actor): Prisma.MeetingWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "ROCB_STAFF") return actor.regionId ? { regionId: actor.regionId } : nothing;
  return actor.structureId ? { OR: [{ hostStructureId: actor.structureId }, { organizerStructureId: actor.structureId }] } : nothing;
}

export function newsScope(actor: Actor): Prisma.NewsArticleWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "ROCB_STAFF") return actor.regionId ? { regionId: actor.regionId } : nothing;
  return actor.structureId ? { structures: { some: { structureId: actor.structureId } } } : nothing;
}

export function structureScope(actor: Actor): Prisma.StructureWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "ROCB_STAFF") return actor.regionId ? { regionId: actor.regionId } : nothing;
  return actor.structureId ? { id: actor.structureId } : nothing;
}
