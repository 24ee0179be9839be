import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/audit";
import { cacheTags } from "@/lib/cache/tags";
import { meetingScope } from "@/lib/data/scope";
import { FieldValidationError, NotFoundError, StaleVersionError } from "@/lib/errors/app-errors";
import { removeImage, stageImages, type ImageUpload } from "@/lib/storage/images";
import type { NewsCreateInput, NewsInput } from "@/lib/validation/news";
import { firstFreeSlug, slugify } from "./slugs";
import { planTranslations } from "./translations";

type Tx = Prisma.TransactionClient;

// Writes of the staff news editor. Each runs in one transaction: scope loaded
// and checked, optimistic version checked, every row written, audit entry.

const snapshotSelect = {
  id: true,
  slug: true,
  status: true,
  regionId: true,
  meetingId: true,
  publishAt: true,
  publishedAt: true,
  imageKey: true,
  version: true,
  translations: { select: { locale: true, title: true, excerpt: true, body: true, imageAlt: true, status: true, publishedAt: true }, orderBy: { locale: "asc" } },
  structures: { select: { structureId: true } },
  topics: { select: { topicId: true } },
} satisfies Prisma.NewsArticleSelect;

type Snapshot = Prisma.NewsArticleGetPayload<{ select: typeof snapshotSelect }>;

function auditView(row: Snapshot) {
  const { structures, topics, ...rest } = row;
  return { ...rest, structureIds: structures.map((s) => s.structureId).sort(), topicIds: topics.map((t) => t.topicId).sort() };
}

export type NewsSaveResult = { id: string; slug: string; version: number; tags: string[] };

const hasText = (t: { title: string }) => t.title !== "";

/** The related meeting must be one the actor may see; structures and topics must exist. */
async function checkReferences(tx: Tx, actor: Actor, input: NewsCreateInput, currentMeetingId: string | null) {
  const errors: Record<string, string[]> = {};
  // One after another: the queries of a transaction share its connection.
  const meeting =
    input.meetingId && input.meetingId !== currentMeetingId
      ? await tx.meeting.findFirst({ where: { AND: [{ id: input.meetingId }, meetingScope(actor)] }, select: { id: true } })
      : { id: input.meetingId };
  const structures = input.structureIds.length ? await tx.structure.count({ where: { id: { in: input.structureIds } } }) : 0;
  const topics = input.topicIds.length ? await tx.topic.count({ where: { id: { in: input.topicIds } } }) : 0;
  if (!meeting) errors.meetingId = ["invalid"];
  if (structures !== new Set(input.structureIds).size) errors.structureIds = ["invalid"];
  if (topics !== new Set(input.topicIds).size) errors.topicIds = ["invalid"];
  if (input.regionId && !(await tx.region.count({ where: { id: input.regionId } }))) errors.regionId = ["invalid"];
  if (Object.keys(errors).length) throw new FieldValidationError(errors);
}

async function uniqueSlug(tx: Tx, wanted: string | undefined, title: string, exceptId?: string): Promise<string> {
  if (wanted) {
    const taken = await tx.newsArticle.findFirst({ where: { slug: wanted, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
    if (taken) throw new FieldValidationError({ slug: ["slugTaken"] });
    return wanted;
  }
  const base = slugify(title, "article");
  const rows = await tx.newsArticle.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, rows.map((r) => r.slug));
}

async function writeTexts(tx: Tx, articleId: string, input: NewsCreateInput, existing: Snapshot["translations"], now: Date) {
  const plan = planTranslations(input.t, existing, hasText, now);
  if (plan.remove.length) await tx.newsTranslation.deleteMany({ where: { articleId, locale: { in: plan.remove } } });
  for (const { locale, text, publishedAt } of plan.write) {
    const data = { title: text.title, excerpt: text.excerpt, body: text.body, imageAlt: text.imageAlt, status: text.status, publishedAt };
    await tx.newsTranslation.upsert({ where: { articleId_locale: { articleId, locale } }, create: { articleId, locale, ...data }, update: data });
  }
  return plan.statusChanged;
}

async function writeLinks(tx: Tx, articleId: string, input: NewsCreateInput) {
  await tx.newsStructure.deleteMany({ where: { articleId } });
  await tx.newsTopic.deleteMany({ where: { articleId } });
  const structureIds = [...new Set(input.structureIds)];
  const topicIds = [...new Set(input.topicIds)];
  if (structureIds.length) await tx.newsStructure.createMany({ data: structureIds.map((structureId) => ({ articleId, structureId })) });
  if (topicIds.length) await tx.newsTopic.createMany({ data: topicIds.map((topicId) => ({ articleId, topicId })) });
}

function tagsFor(before: Snapshot | null, after: Snapshot): string[] {
  const tags: string[] = [cacheTags.news, cacheTags.newsArticle(after.id)];
  if ((before?.meetingId ?? null) !== after.meetingId) {
    tags.push(cacheTags.meetings);
    for (const id of [before?.meetingId, after.meetingId]) if (id) tags.push(cacheTags.meeting(id));
  }
  const linked = new Set([...(before?.structures ?? []), ...after.structures].map((s) => s.structureId));
  for (const id of linked) tags.push(cacheTags.structure(id));
  return tags;
}

/** The public date: kept once set; given when the article is first published. */
function publicationDate(input: NewsCreateInput, current: Date | null, now: Date): Date | null {
  if (input.publishedAt) return input.publishedAt;
  if (current) return current;
  return input.status === "PUBLISHED" ? (input.publishAt ?? now) : null;
}

export async function createNewsArticle({ actor, input, image }: { actor: Actor; input: NewsCreateInput; image?: ImageUpload }): Promise<NewsSaveResult> {
  const staged = stageImages();
  try {
    return await prisma.$transaction(
      async (tx) => {
        const regionId = input.regionId ?? null;
        assertCan(actor, "news.create", { regionId });
        const publishing = input.status !== "DRAFT" || Object.values(input.t).some((t) => t?.status === "PUBLISHED");
        if (publishing) assertCan(actor, "news.publish", { regionId });
        await checkReferences(tx, actor, input, null);
        const now = new Date();
        const slug = await uniqueSlug(tx, input.slug, input.t.en?.title ?? "");
        const created = await tx.newsArticle.create({
          data: {
            slug,
            status: input.status,
            regionId,
            meetingId: input.meetingId ?? null,
            publishAt: input.publishAt,
            publishedAt: publicationDate(input, null, now),
            createdById: actor.id,
          },
          select: { id: true },
        });
        await writeTexts(tx, created.id, input, [], now);
        await writeLinks(tx, created.id, input);
        if (image) await tx.newsArticle.update({ where: { id: created.id }, data: { imageKey: await staged.put("news", created.id, image) } });
        const after = await tx.newsArticle.findUniqueOrThrow({ where: { id: created.id }, select: snapshotSelect });
        await writeAudit(tx, { actorId: actor.id, action: "news.create", entityType: "NewsArticle", entityId: created.id, after: auditView(after) });
        return { id: after.id, slug: after.slug, version: after.version, tags: tagsFor(null, after) };
      },
      { timeout: 15_000 },
    );
  } catch (error) {
    await staged.discard();
    throw slugRace(error);
  }
}

export async function updateNewsArticle({ actor, input, image }: { actor: Actor; input: NewsInput; image?: ImageUpload }): Promise<NewsSaveResult> {
  const staged = stageImages();
  let replacedImage: string | null = null;
  try {
    const result = await prisma.$transaction(
      async (tx) => {
        const before = await tx.newsArticle.findUnique({ where: { id: input.id }, select: snapshotSelect });
        if (!before) throw new NotFoundError();
        const scope = { regionId: before.regionId, structureIds: before.structures.map((s) => s.structureId) };
        assertCan(actor, "news.update", scope);
        const regionId = input.regionId ?? null;
        if (regionId !== before.regionId) assertCan(actor, "news.update", { regionId });
        const now = new Date();
        const plan = planTranslations(input.t, before.translations, hasText, now);
        if (plan.statusChanged || input.status !== before.status) assertCan(actor, "news.publish", scope);
        await checkReferences(tx, actor, input, before.meetingId);

        // The version check comes first among the writes: a stale form changes nothing.
        const slug = input.slug && input.slug !== before.slug ? await uniqueSlug(tx, input.slug, "", before.id) : before.slug;
        const { count } = await tx.newsArticle.updateMany({
          where: { id: before.id, version: input.version },
          data: {
            slug,
            status: input.status,
            regionId,
            meetingId: input.meetingId ?? null,
            publishAt: input.publishAt,
            publishedAt: publicationDate(input, before.publishedAt, now),
            version: { increment: 1 },
          },
        });
        if (count === 0) throw new StaleVersionError();
        await writeTexts(tx, before.id, input, before.translations, now);
        await writeLinks(tx, before.id, input);
        if (image || input.removeImage) {
          const imageKey = image ? await staged.put("news", before.id, image) : null;
          await tx.newsArticle.update({ where: { id: before.id }, data: { imageKey } });
          replacedImage = before.imageKey;
        }
        const after = await tx.newsArticle.findUniqueOrThrow({ where: { id: before.id }, select: snapshotSelect });
        await writeAudit(tx, { actorId: actor.id, action: "news.update", entityType: "NewsArticle", entityId: before.id, before: auditView(before), after: auditView(after) });
        return { id: after.id, slug: after.slug, version: after.version, tags: tagsFor(before, after) };
      },
      { timeout: 15_000 },
    );
    await removeImage(replacedImage);
    return result;
  } catch (error) {
    await staged.discard();
    throw slugRace(error);
  }
}

/** A slug taken by a concurrent save surfaces as the database's unique violation. */
function slugRace(error: unknown): unknown {
  const code = error && typeof error === "object" && "code" in error ? (error as { code?: string }).code : undefined;
  return code === "P2002" ? new FieldValidationError({ slug: ["slugTaken"] }) : error;
}
