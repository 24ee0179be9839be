import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, ForbiddenError, meetingWhere, newsWhere, type Actor } from "@/lib/auth/permissions";
import { cacheTags } from "@/lib/cache/tags";
import { firstFreeSlug, slugify } from "@/lib/content/slug";
import { planTranslations } from "@/lib/content/translation-plan";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { queueCorrection } from "@/lib/data/alerts/queue-alerts";
import { createOnce } from "@/lib/data/create-once";
import { FieldValidationError, NotFoundError, StaleVersionError } from "@/lib/errors/app-errors";
import { removeImage, stageImages, type ImageUpload } from "@/lib/storage/images";
import type { NewsCreateInput, NewsInput } from "@/lib/validation/news";
import { newsRecordFields, newsTextSelect } from "./select-news";
import { changedTranslations, planOrRefuse, publicationSelect, reviewPublication } from "../review-publication";
import type { PublicationRequest, PublicationWrite } from "../review-publication";

type Tx = Prisma.TransactionClient;

// Writes of the staff news editor. Each runs in one transaction, scoped in
// its queries (newsWhere): the article is read and its version claimed only
// within the actor's scope; every row written, audit entry. A save never
// changes what is public; publishing is its own step (setNewsPublication).

const snapshotSelect = {
  ...newsRecordFields,
  translations: { select: newsTextSelect, orderBy: { locale: "asc" } },
} satisfies Prisma.NewsArticleSelect;

type Snapshot = Prisma.NewsArticleGetPayload<{ select: typeof snapshotSelect }>;

function auditView(row: Snapshot) {
  const { structures, topics, ...rest } = row;
  return {
    ...rest,
    structureIds: structures.map((s) => s.structureId).sort(),
    topicIds: topics.map((t) => t.topicId).sort(),
  };
}

export type NewsSaveResult = { id: string; slug: string; version: number; tags: string[] };

const hasText = (t: { title: string }) => t.title !== "";

/** The related meeting must be one the actor may edit; structures and topics must exist. */
async function checkReferences(tx: Tx, actor: Actor, input: NewsCreateInput, currentMeetingId: string | null) {
  const errors: Record<string, string[]> = {};
  // One after another: the queries of a transaction share its connection.
  const meeting =
    input.meetingId && input.meetingId !== currentMeetingId
      ? await tx.meeting.findFirst({
          where: { AND: [{ id: input.meetingId }, meetingWhere(actor, "meeting.update")] },
          select: { id: true },
        })
      : { id: input.meetingId };
  const structures = input.structureIds.length
    ? await tx.structure.count({ where: { id: { in: input.structureIds } } })
    : 0;
  const topics = input.topicIds.length ? await tx.topic.count({ where: { id: { in: input.topicIds } } }) : 0;
  if (!meeting) errors.meetingId = ["invalid"];
  if (structures !== new Set(input.structureIds).size) errors.structureIds = ["invalid"];
  if (topics !== new Set(input.topicIds).size) errors.topicIds = ["invalid"];
  if (input.regionId && !(await tx.region.count({ where: { id: input.regionId } }))) errors.regionId = ["invalid"];
  if (Object.keys(errors).length) throw new FieldValidationError(errors);
}

async function uniqueSlug(tx: Tx, wanted: string | undefined, title: string, exceptId?: string): Promise<string> {
  if (wanted) {
    const taken = await tx.newsArticle.findFirst({
      where: { slug: wanted, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true },
    });
    if (taken) throw new FieldValidationError({ slug: ["slugTaken"] });
    return wanted;
  }
  const base = slugify(title, "article", 80);
  const rows = await tx.newsArticle.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(
    base,
    rows.map((r) => r.slug),
  );
}

async function writeTexts(
  tx: Tx,
  articleId: string,
  input: NewsCreateInput,
  existing: Snapshot["translations"],
  now: Date,
) {
  const plan = planTranslations(input.t, existing, hasText, now);
  // Emptying a public translation would withdraw it without saying so: withdraw it in the publishing panel first.
  const emptiedPublic = plan.remove.filter((l) => existing.some((t) => t.locale === l && t.status === "PUBLISHED"));
  if (emptiedPublic.length)
    throw new FieldValidationError(
      Object.fromEntries(emptiedPublic.map((l) => [`t.${l}.title`, ["publishedTextRequired"]])),
    );
  if (plan.remove.length) await tx.newsTranslation.deleteMany({ where: { articleId, locale: { in: plan.remove } } });
  for (const { locale, text, status, publishedAt } of plan.write) {
    const data = {
      title: text.title,
      excerpt: text.excerpt,
      body: text.body,
      imageAlt: text.imageAlt,
      status,
      publishedAt,
    };
    await tx.newsTranslation.upsert({
      where: { articleId_locale: { articleId, locale } },
      create: { articleId, locale, ...data },
      update: data,
    });
  }
}

async function writeLinks(tx: Tx, articleId: string, input: NewsCreateInput) {
  await tx.newsStructure.deleteMany({ where: { articleId } });
  await tx.newsTopic.deleteMany({ where: { articleId } });
  const structureIds = [...new Set(input.structureIds)];
  const topicIds = [...new Set(input.topicIds)];
  if (structureIds.length)
    await tx.newsStructure.createMany({ data: structureIds.map((structureId) => ({ articleId, structureId })) });
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

/** A new draft article, every text a draft. The same form token twice creates it once. */
export async function createNewsArticle({
  actor,
  input,
  image,
  formToken,
}: {
  actor: Actor;
  input: NewsCreateInput;
  image?: ImageUpload;
  formToken: string;
}) {
  const regionId = input.regionId ?? null;
  assertCan(actor, "news.create", { regionId });
  const staged = stageImages();
  try {
    return await createOnce(
      { userId: actor.id, token: formToken, kind: "news" },
      async (tx) => {
        await checkReferences(tx, actor, input, null);
        const now = new Date();
        const slug = await uniqueSlug(tx, input.slug, input.t.en?.title ?? "");
        const created = await tx.newsArticle.create({
          data: {
            slug,
            status: "DRAFT",
            regionId,
            meetingId: input.meetingId ?? null,
            publishAt: input.publishAt,
            publishedAt: input.publishedAt,
            createdById: actor.id,
          },
          select: { id: true },
        });
        await writeTexts(tx, created.id, input, [], now);
        await writeLinks(tx, created.id, input);
        if (image)
          await tx.newsArticle.update({
            where: { id: created.id },
            data: { imageKey: await staged.put("news", created.id, image) },
          });
        const after = await tx.newsArticle.findUniqueOrThrow({ where: { id: created.id }, select: snapshotSelect });
        await writeAudit(tx, {
          actorId: actor.id,
          action: "news.create",
          entityType: "NewsArticle",
          entityId: created.id,
          after: auditView(after),
        });
        return { id: after.id, slug: after.slug, version: after.version, tags: tagsFor(null, after) };
      },
      { timeout: 15_000 },
    );
  } catch (error) {
    await staged.discard();
    throw slugRace(error);
  }
}

/** Reads the article inside the actor's scope for `action`: ForbiddenError out of scope, NotFoundError when unknown. */
async function articleInScope(tx: Tx, actor: Actor, id: string, action: "news.update" | "news.publish") {
  const before = await tx.newsArticle.findFirst({
    where: { AND: [{ id }, newsWhere(actor, action)] },
    select: snapshotSelect,
  });
  if (before) return before;
  throw (await tx.newsArticle.count({ where: { id } })) ? new ForbiddenError(action) : new NotFoundError();
}

/** The version check, with the scope again, as the first write: a stale form changes nothing. */
async function claimArticle(
  tx: Tx,
  actor: Actor,
  id: string,
  version: number,
  action: "news.update" | "news.publish",
  data: Prisma.NewsArticleUncheckedUpdateManyInput = {},
) {
  const { count } = await tx.newsArticle.updateMany({
    where: { AND: [{ id, version }, newsWhere(actor, action)] },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new StaleVersionError();
}

export async function updateNewsArticle({
  actor,
  input,
  image,
}: {
  actor: Actor;
  input: NewsInput;
  image?: ImageUpload;
}): Promise<NewsSaveResult> {
  const staged = stageImages();
  let replacedImage: string | null = null;
  try {
    const result = await prisma.$transaction(
      async (tx) => {
        const before = await articleInScope(tx, actor, input.id, "news.update");
        const regionId = input.regionId ?? null;
        if (regionId !== before.regionId) assertCan(actor, "news.update", { regionId });
        await checkReferences(tx, actor, input, before.meetingId);
        const slug =
          input.slug && input.slug !== before.slug ? await uniqueSlug(tx, input.slug, "", before.id) : before.slug;
        await claimArticle(tx, actor, before.id, input.version, "news.update", {
          slug,
          regionId,
          meetingId: input.meetingId ?? null,
          publishAt: input.publishAt,
          // The public date: kept once set (or as typed).
          publishedAt: input.publishedAt ?? before.publishedAt,
        });
        await writeTexts(tx, before.id, input, before.translations, new Date());
        await writeLinks(tx, before.id, input);
        if (image || input.removeImage) {
          const imageKey = image ? await staged.put("news", before.id, image) : null;
          await tx.newsArticle.update({ where: { id: before.id }, data: { imageKey } });
          replacedImage = before.imageKey;
        }
        const after = await tx.newsArticle.findUniqueOrThrow({ where: { id: before.id }, select: snapshotSelect });
        await writeAudit(tx, {
          actorId: actor.id,
          action: "news.update",
          entityType: "NewsArticle",
          entityId: before.id,
          before: auditView(before),
          after: auditView(after),
        });
        // An edit sends nothing, unless staff chose to notify subscribers of a correction.
        if (input.notifySubscribers) await queueCorrection(tx, { kind: "NEWS", id: after.id, version: after.version });
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

/** The plan of a publication change, for the confirmation (nothing is written). */
export async function reviewNewsPublication({ actor, id, change, locales }: PublicationRequest) {
  const where = { AND: [{ id }, newsWhere(actor, "news.publish")] };
  const row = await prisma.newsArticle.findFirst({ where, select: publicationSelect });
  return reviewPublication(row, change, locales, { kind: "NEWS", id });
}

/** Sets the article's status and which translations are public, as planned; the public date is set on first publication. */
export async function setNewsPublication(request: PublicationWrite) {
  const { actor, id, version, change, locales } = request;
  return prisma.$transaction(async (tx) => {
    const before = await articleInScope(tx, actor, id, "news.publish");
    const plan = planOrRefuse(before, change, locales);
    const now = new Date();
    await claimArticle(tx, actor, id, version, "news.publish", {
      status: plan.status,
      ...(plan.status !== "DRAFT" && !before.publishedAt ? { publishedAt: before.publishAt ?? now } : {}),
    });
    for (const { locale, data } of changedTranslations(before.translations, plan.texts, now)) {
      await tx.newsTranslation.update({ where: { articleId_locale: { articleId: id, locale } }, data });
    }
    const after = await tx.newsArticle.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
    await writeAudit(tx, {
      actorId: actor.id,
      action: `news.publication.${change}`,
      entityType: "NewsArticle",
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return { id, status: after.status, version: after.version, plan, tags: tagsFor(before, after) };
  });
}

/** A slug taken by a concurrent save surfaces as the database's unique violation. */
function slugRace(error: unknown): unknown {
  const code = error && typeof error === "object" && "code" in error ? (error as { code?: string }).code : undefined;
  return code === "P2002" ? new FieldValidationError({ slug: ["slugTaken"] }) : error;
}
