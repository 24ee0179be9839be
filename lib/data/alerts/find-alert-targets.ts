import "server-only";
import { prisma } from "@/lib/db/client";
import type { AlertScope } from "@/lib/db/generated/client";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";

// What a subscription follows: a region (by code), a series, a structure or a
// topic (by slug), and its name in a language, for pages and e-mails.

export type AlertTarget = { scope: AlertScope; id: string; key: string };

/** The public record a subscribe form names, or null. */
export async function findAlertTarget(scope: AlertScope, key: string): Promise<AlertTarget | null> {
  const where = { slug: key };
  const row =
    scope === "REGION"
      ? await prisma.region.findUnique({ where: { code: key.toUpperCase() }, select: { id: true } })
      : scope === "SERIES"
        ? await prisma.meetingSeries.findUnique({ where, select: { id: true } })
        : scope === "STRUCTURE"
          ? await prisma.structure.findFirst({
              where: { slug: key, translations: { some: { status: "PUBLISHED" } } },
              select: { id: true },
            })
          : await prisma.topic.findUnique({ where, select: { id: true } });
  return row ? { scope, id: row.id, key } : null;
}

type Named = { scope: AlertScope; targetId: string };

/** The names of these targets in `locale` (English fallback), by target id. */
export async function alertTargetNames(targets: Named[], locale: AppLocale): Promise<Map<string, string>> {
  const ids = (scope: AlertScope) => targets.filter((t) => t.scope === scope).map((t) => t.targetId);
  const translations = { select: { locale: true, name: true } } as const;
  const [regions, series, structures, topics] = await Promise.all([
    prisma.region.findMany({ where: { id: { in: ids("REGION") } }, select: { id: true, translations } }),
    prisma.meetingSeries.findMany({ where: { id: { in: ids("SERIES") } }, select: { id: true, translations } }),
    prisma.structure.findMany({
      where: { id: { in: ids("STRUCTURE") } },
      select: { id: true, translations: { where: { status: "PUBLISHED" }, select: { locale: true, name: true } } },
    }),
    prisma.topic.findMany({ where: { id: { in: ids("TOPIC") } }, select: { id: true, translations } }),
  ]);
  const names = new Map<string, string>();
  for (const row of [...regions, ...series, ...structures, ...topics])
    names.set(row.id, pickTranslation(row.translations, locale)?.name ?? "");
  return names;
}

/** The subscribe form page: the target a form named, with its name, or null. */
export async function getAlertTarget(scope: AlertScope, key: string, locale: AppLocale) {
  const target = await findAlertTarget(scope, key);
  if (!target) return null;
  const names = await alertTargetNames([{ scope, targetId: target.id }], locale);
  return { ...target, name: names.get(target.id) ?? "" };
}
