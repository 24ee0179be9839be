import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, can, ForbiddenError, structureWhere, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { cacheTags } from "@/lib/cache/tags";
import { createOnce } from "@/lib/data/create-once";
import { FieldValidationError, NotFoundError, StaleVersionError } from "@/lib/errors/app-errors";
import { removeImage, stageImages, type ImageUpload } from "@/lib/storage/images";
import type { HistoryEntryInput, StructureCreateInput, StructureInput } from "@/lib/validation/structures";
import { locales } from "@/i18n/routing";
import { planTranslations } from "@/lib/content/translation-plan";
import { structureProfileFields, structureTextSelect } from "./select-structure";
import { historyFieldsSelect } from "./select-history";

type Tx = Prisma.TransactionClient;

// Writes of the structure-profile editor. RTC representatives edit their own
// structure, ROCB staff their region's, administrators all; only
// administrators create structures or change a structure's kind, region or slug.

const snapshotSelect = {
  ...structureProfileFields,
  regionId: true,
  version: true,
  translations: {
    select: { ...structureTextSelect, status: true, publishedAt: true },
    orderBy: { locale: "asc" },
  },
  history: {
    select: {
      ...historyFieldsSelect,
      translations: { select: { locale: true, summary: true }, orderBy: { locale: "asc" } },
    },
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.StructureSelect;

type Snapshot = Prisma.StructureGetPayload<{ select: typeof snapshotSelect }>;

export type StructureSaveResult = { id: string; slug: string; version: number; tags: string[]; historyIds?: string[] };

const tagsFor = (id: string) => [cacheTags.structures, cacheTags.regions, cacheTags.structure(id)];

function slugRace(error: unknown): unknown {
  const code = error && typeof error === "object" && "code" in error ? (error as { code?: string }).code : undefined;
  return code === "P2002" ? new FieldValidationError({ slug: ["slugTaken"] }) : error;
}

/** The country must belong to the structure's region. */
async function checkCountry(tx: Tx, countryCode: string, regionId: string) {
  const country = await tx.country.findUnique({ where: { code: countryCode }, select: { regionId: true } });
  if (!country || country.regionId !== regionId) throw new FieldValidationError({ countryCode: ["invalid"] });
}

/** Adds, edits and removes history entries; returns their ids in the order they were sent. */
async function writeHistory(
  tx: Tx,
  structureId: string,
  entries: HistoryEntryInput[],
  existing: Snapshot["history"],
): Promise<string[]> {
  const known = new Set(existing.map((e) => e.id));
  const kept = new Set<string>();
  entries.forEach((entry, index) => {
    if (entry.id && !known.has(entry.id)) throw new FieldValidationError({ [`history.${index}.kind`]: ["invalid"] });
    if (entry.id) kept.add(entry.id);
  });
  const removed = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
  if (removed.length) await tx.structureHistoryEntry.deleteMany({ where: { structureId, id: { in: removed } } });
  if (kept.size) await tx.structureHistoryEntryTranslation.deleteMany({ where: { entryId: { in: [...kept] } } });
  const ids: string[] = [];
  for (const entry of entries) {
    const summaries = locales.flatMap((locale) =>
      entry.summary[locale] ? [{ locale, summary: entry.summary[locale]! }] : [],
    );
    const data = { kind: entry.kind, startsOn: entry.startsOn, endsOn: entry.endsOn };
    if (entry.id) {
      await tx.structureHistoryEntry.update({ where: { id: entry.id }, data });
      await tx.structureHistoryEntryTranslation.createMany({
        data: summaries.map((s) => ({ entryId: entry.id!, ...s })),
      });
      ids.push(entry.id);
    } else {
      ids.push(
        (
          await tx.structureHistoryEntry.create({
            data: { structureId, ...data, translations: { create: summaries } },
            select: { id: true },
          })
        ).id,
      );
    }
  }
  return ids;
}

const hasName = (t: { name: string }) => t.name !== "";

export async function updateStructure({
  actor,
  input,
  logo,
}: {
  actor: Actor;
  input: StructureInput;
  logo?: ImageUpload;
}): Promise<StructureSaveResult> {
  const staged = stageImages();
  let replacedLogo: string | null = null;
  try {
    const result = await prisma.$transaction(
      async (tx) => {
        // Read inside the actor's scope: a structure out of scope is refused, not read.
        const before = await tx.structure.findFirst({
          where: { AND: [{ id: input.id }, structureWhere(actor, "structure.update")] },
          select: snapshotSelect,
        });
        if (!before)
          throw (await tx.structure.count({ where: { id: input.id } }))
            ? new ForbiddenError("structure.update")
            : new NotFoundError();
        const kind = input.kind ?? before.kind;
        const regionId = input.regionId ?? before.regionId;
        const slug = input.slug ?? before.slug;
        // Identity belongs to administrators: anyone else may only send it unchanged.
        if (
          (kind !== before.kind || regionId !== before.regionId || slug !== before.slug) &&
          !can(actor, "structure.create")
        ) {
          throw new ForbiddenError("structure.identity");
        }
        if (regionId !== before.regionId && !(await tx.region.count({ where: { id: regionId } })))
          throw new FieldValidationError({ regionId: ["invalid"] });
        await checkCountry(tx, input.countryCode, regionId);
        if (slug !== before.slug && (await tx.structure.count({ where: { slug } })))
          throw new FieldValidationError({ slug: ["slugTaken"] });

        // The version check (with the scope, again) comes first among the writes: a stale form changes nothing.
        const { count } = await tx.structure.updateMany({
          where: { AND: [{ id: before.id, version: input.version }, structureWhere(actor, "structure.update")] },
          data: {
            kind,
            regionId,
            slug,
            status: input.status,
            countryCode: input.countryCode,
            city: input.city,
            address: input.address,
            email: input.email,
            phone: input.phone,
            website: input.website,
            headName: input.headName,
            establishedOn: input.establishedOn,
            latitude: input.latitude,
            longitude: input.longitude,
            version: { increment: 1 },
          },
        });
        if (count === 0) throw new StaleVersionError();

        const plan = planTranslations(input.t, before.translations, hasName, new Date());
        if (plan.remove.length)
          await tx.structureTranslation.deleteMany({ where: { structureId: before.id, locale: { in: plan.remove } } });
        for (const { locale, text, status, publishedAt } of plan.write) {
          const data = {
            name: text.name,
            hostAdministration: text.hostAdministration,
            headTitle: text.headTitle,
            description: text.description,
            mandate: text.mandate,
            status,
            publishedAt,
          };
          await tx.structureTranslation.upsert({
            where: { structureId_locale: { structureId: before.id, locale } },
            create: { structureId: before.id, locale, ...data },
            update: data,
          });
        }
        const historyIds = await writeHistory(tx, before.id, input.history, before.history);
        if (logo || input.removeLogo) {
          const logoKey = logo ? await staged.put("structures", before.id, logo) : null;
          await tx.structure.update({ where: { id: before.id }, data: { logoKey } });
          replacedLogo = before.logoKey;
        }
        const after = await tx.structure.findUniqueOrThrow({ where: { id: before.id }, select: snapshotSelect });
        await writeAudit(tx, {
          actorId: actor.id,
          action: "structure.update",
          entityType: "Structure",
          entityId: before.id,
          before,
          after,
        });
        return { id: after.id, slug: after.slug, version: after.version, tags: tagsFor(after.id), historyIds };
      },
      { timeout: 15_000 },
    );
    await removeImage(replacedLogo);
    return result;
  } catch (error) {
    await staged.discard();
    throw slugRace(error);
  }
}

/** A new structure (administrators). The same form token twice creates it once. */
export async function createStructure({
  actor,
  input,
  formToken,
}: {
  actor: Actor;
  input: StructureCreateInput;
  formToken: string;
}) {
  assertCan(actor, "structure.create", { regionId: input.regionId });
  try {
    return await createOnce({ userId: actor.id, token: formToken, kind: "structure" }, async (tx) => {
      if (!(await tx.region.count({ where: { id: input.regionId } })))
        throw new FieldValidationError({ regionId: ["invalid"] });
      await checkCountry(tx, input.countryCode, input.regionId);
      if (await tx.structure.count({ where: { slug: input.slug } }))
        throw new FieldValidationError({ slug: ["slugTaken"] });
      const created = await tx.structure.create({
        data: {
          slug: input.slug,
          kind: input.kind,
          status: input.status,
          regionId: input.regionId,
          countryCode: input.countryCode,
          city: input.city,
          // A new structure starts as a draft profile: not public until a translation is published.
          translations: { create: { locale: "en", name: input.name, status: "DRAFT" } },
        },
        select: snapshotSelect,
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "structure.create",
        entityType: "Structure",
        entityId: created.id,
        after: created,
      });
      return { id: created.id, slug: created.slug, version: created.version, tags: tagsFor(created.id) };
    });
  } catch (error) {
    throw slugRace(error);
  }
}
