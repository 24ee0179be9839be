import "server-only";
import { prisma } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { parseImageKey } from "@/lib/storage/images";
import { publicNewsWhere, publicStructureWhere } from "./visibility";

/**
 * Who may see a stored image: everyone when it is the current logo of a public
 * structure or image of a public article; staff who may read the record in
 * draft otherwise (the session is read only then); else nobody (null). Two
 * queries by primary key.
 */
export async function imageAudience(
  key: string,
  currentActor: () => Promise<Actor | null>,
): Promise<"public" | "staff" | null> {
  const parsed = parseImageKey(key);
  if (!parsed) return null;
  const id = parsed.recordId;
  if (parsed.folder === "structures") {
    const [row, isPublic] = await Promise.all([
      prisma.structure.findUnique({ where: { id }, select: { logoKey: true, regionId: true } }),
      prisma.structure.count({ where: { AND: [{ id }, publicStructureWhere()] } }),
    ]);
    if (!row || row.logoKey !== key) return null;
    if (isPublic > 0) return "public";
    return can(await currentActor(), "structure.readDraft", { regionId: row.regionId, structureId: id })
      ? "staff"
      : null;
  }
  const [row, isPublic] = await Promise.all([
    prisma.newsArticle.findUnique({
      where: { id },
      select: { imageKey: true, regionId: true, structures: { select: { structureId: true } } },
    }),
    prisma.newsArticle.count({ where: { AND: [{ id }, publicNewsWhere()] } }),
  ]);
  if (!row || row.imageKey !== key) return null;
  if (isPublic > 0) return "public";
  return can(await currentActor(), "news.readDraft", {
    regionId: row.regionId,
    structureIds: row.structures.map((s) => s.structureId),
  })
    ? "staff"
    : null;
}
