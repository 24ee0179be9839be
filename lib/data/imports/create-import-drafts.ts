import "server-only";
// Imported news items become drafts: a draft article per record (its
// translations paired), and a linked draft meeting when the item reports
// one. Nothing is ever published here. Importing the same source again
// changes nothing (same source, same content hash); a changed item is kept
// as an update offered to the draft (pendingUpdate), never written over it.
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { firstFreeSlug, slugify } from "@/lib/content/slug";
import type { PrismaClient } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/client";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { isUniqueViolation } from "@/lib/errors/database";
import { freeSlug } from "@/lib/data/meetings/check-meeting-references";
import { zonedToUtc } from "@/lib/content/time-zone";
import { zoneOfCity } from "@/lib/content/time-zones";
import { decisionKindOf, extractMeeting } from "@/lib/import/extract-meeting";
import { attendeeOfPerson } from "@/lib/import/people";
import { applyReview, seriesOfNumber } from "@/lib/import/review";
import { randomUUID } from "node:crypto";
import { documentLinksOf } from "@/lib/import/html-to-markdown";
import { safeFileName } from "@/lib/storage/file-names";
import { mimeTypes } from "@/lib/storage/file-types";
import { stageImages } from "@/lib/storage/images";
import { getStorage } from "@/lib/storage/storage";
import type { AttachmentFile, LoadAttachment } from "./load-item-attachment";
import type { LoadImage } from "./load-item-image";
import { contentHashOf, sourceKeyOf, type ImportRecord } from "@/lib/import/pair-translations";
import type {
  ImportDirectory,
  ImportItem,
  ImportLocale,
  MeetingKindProposal,
  OrgProposal,
  Proposal,
} from "@/lib/import/types";

type Tx = Prisma.TransactionClient;

/** Who imports: a signed-in user (checked), or the operator at the command line. */
export type Importer = Actor | "command-line";

export type ImportOutcome = {
  source: string;
  /** "other-region": the source was imported into a region the importer may not edit; nothing was written. */
  status: "created" | "unchanged" | "update-offered" | "translation-added" | "other-region";
  articleId: string;
  meetingId: string | null;
  locales: ImportLocale[];
  /** Why the item's image could not be imported (the draft is made without it). */
  imageFailure?: string;
  /** The documents the item links to that were stored with its draft meeting. */
  attachments?: { source: string; documentId: string }[];
  /** Each document not imported, with why (its link is left pointing to its source). */
  attachmentFailures?: string[];
};

const TITLE_MAX = 300;
const EXCERPT_MAX = 300;
const BODY_MAX = 100_000;

function excerptOf(body: string): string {
  const first = body
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/[#*_>`[\]]|\(https?:[^)]*\)/g, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .find((p) => p.length > 0);
  return (first ?? "").slice(0, EXCERPT_MAX);
}

/** Imports records one transaction each; onProgress before the first and after each. */
export async function createImportDrafts({
  db,
  importer,
  records,
  directory,
  onProgress,
  loadImage,
  loadAttachment,
}: {
  db: PrismaClient;
  importer: Importer;
  records: ImportRecord[];
  directory: ImportDirectory;
  onProgress?: (done: number, total: number) => Promise<void> | void;
  /** Reads an item's image (without it, images are not imported). */
  loadImage?: LoadImage;
  /** Reads a document an item links to (without it, attachments are not imported). */
  loadAttachment?: LoadAttachment;
}): Promise<ImportOutcome[]> {
  const actor = importer === "command-line" ? null : importer;
  if (actor) assertCan(actor, "import.run");
  const regions = new Map((await db.region.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]));
  const outcomes: ImportOutcome[] = [];
  await onProgress?.(0, records.length);
  for (const [index, record] of records.entries()) {
    const proposals = record.items.map((item) => applyReview(extractMeeting(item, directory), item.review, directory));
    const outcome = await importOnce(() =>
      db.$transaction((tx) => importRecord(tx, actor, record, proposals, regions), { timeout: 20_000 }),
    );
    if (outcome.status === "created" && loadImage) await importImage(db, outcome, record, loadImage);
    if (outcome.status === "created" && loadAttachment) await importAttachments(db, outcome, record, loadAttachment);
    outcomes.push(outcome);
    await onProgress?.(index + 1, records.length);
  }
  return outcomes;
}

/**
 * A record's transaction, run again when a unique key refused it: another
 * import (or an editor) took the same series number, slug or source at the
 * same moment. The second run sees what the first committed — the number
 * taken (the meeting keeps its number without a series), the slug taken
 * (the next free one), the source imported (unchanged) — and succeeds.
 */
async function importOnce<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isUniqueViolation(error)) throw error;
    }
  }
}

/** The first image of a new record's items, stored as the article's image; a failure is noted, nothing else lost. */
async function importImage(db: PrismaClient, outcome: ImportOutcome, record: ImportRecord, loadImage: LoadImage) {
  const item = record.items.find((i) => i.images.length > 0);
  if (!item) return;
  const staged = stageImages();
  try {
    const image = await loadImage(item.images[0], item.sourceUrl);
    const imageKey = await staged.put("news", outcome.articleId, image);
    await db.newsArticle.update({ where: { id: outcome.articleId }, data: { imageKey } });
  } catch (error) {
    await staged.discard();
    outcome.imageFailure = failureOf(item.images[0], error);
  }
}

/** A document an item refers to: where the item has it, and the items (by language) whose body links to it. */
type AttachmentLink = {
  href: string;
  base: string | null;
  text: string;
  raws: Map<ImportLocale, string>;
  language: ImportLocale;
};

/** The documents a record's items link to (in their bodies) or have attached, one per address. */
function attachmentLinksOf(record: ImportRecord): AttachmentLink[] {
  const links = new Map<string, AttachmentLink>();
  const add = (href: string, item: ImportRecord["items"][number], text: string, raw: string | null) => {
    let key: string;
    try {
      key = new URL(href, item.sourceUrl ?? undefined).toString();
    } catch {
      key = href;
    }
    const link = links.get(key) ?? { href, base: item.sourceUrl, text, raws: new Map(), language: item.language };
    if (raw !== null && !link.raws.has(item.language)) link.raws.set(item.language, raw);
    if (!link.text && text) link.text = text;
    links.set(key, link);
  };
  for (const item of record.items) {
    for (const { raw, href, text } of documentLinksOf(item.body)) add(href, item, text, raw);
    for (const href of item.attachments ?? []) add(href, item, "", null);
  }
  return [...links.values()].slice(0, 50);
}

/** Where a stored meeting document is downloaded (app/api/documents/[id]/route.ts: staff only while its meeting is a draft). */
const documentUrl = (id: string) => `/api/documents/${id}`;

/** The file name an address ends with (decoded when it can be). */
function fileNameOf(url: string): string {
  const last = new URL(url).pathname.split("/").pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * The documents a new record's items refer to, stored as documents of its
 * draft meeting (not public while the meeting is a draft; published with it
 * when staff publish it), each link in the bodies then pointing to the
 * stored copy. Fetched and checked like an upload (loadAttachment), within
 * the import's budget; each one skipped is noted with why, its link left
 * pointing to its source. Without a meeting there is nothing to keep them
 * with: they are listed, not fetched.
 */
async function importAttachments(
  db: PrismaClient,
  outcome: ImportOutcome,
  record: ImportRecord,
  loadAttachment: LoadAttachment,
) {
  const links = attachmentLinksOf(record);
  if (!links.length) return;
  const meetingId = outcome.meetingId;
  if (!meetingId) {
    outcome.attachmentFailures = links.map(
      (l) => `${l.href}: not imported: the item reports no meeting to keep it with (the link to its source is kept)`,
    );
    return;
  }
  const failures: string[] = [];
  const loaded = await Promise.all(
    links.map(async (link) => {
      try {
        return { link, file: await loadAttachment(link.href, link.base) };
      } catch (error) {
        failures.push(failureOf(link.href, error));
        return null;
      }
    }),
  );
  const files = loaded.filter((l): l is NonNullable<typeof l> => l !== null);
  const storage = getStorage();
  const stored: { link: AttachmentLink; file: AttachmentFile; storageKey: string }[] = [];
  for (const { link, file } of files) {
    const storageKey = `documents/${meetingId.toLowerCase()}/${randomUUID()}.${file.kind}`;
    try {
      await storage.put(storageKey, file.bytes);
      stored.push({ link, file, storageKey });
    } catch (error) {
      failures.push(`${link.href}: could not be stored (${(error as Error).message})`);
    }
  }
  try {
    outcome.attachments = await db.$transaction(async (tx) => {
      const start = await tx.meetingDocument.count({ where: { meetingId } });
      const made: { source: string; documentId: string }[] = [];
      for (const [index, { link, file, storageKey }] of stored.entries()) {
        const fileName = safeFileName(fileNameOf(file.url), file.kind);
        const title = (link.text && !/^https?:\/\//i.test(link.text) ? link.text : fileName).slice(0, 200);
        const document = await tx.meetingDocument.create({
          data: {
            meetingId,
            position: start + index,
            title,
            language: link.language,
            storageKey,
            fileName,
            mimeType: mimeTypes[file.kind],
            sizeBytes: file.bytes.byteLength,
          },
          select: { id: true },
        });
        made.push({ source: link.href, documentId: document.id });
      }
      // Each body's links to the documents now point to the stored copies.
      for (const item of record.items) {
        const rewrites = stored.flatMap(({ link }, index) => {
          const raw = link.raws.get(item.language);
          return raw ? [{ raw, to: documentUrl(made[index].documentId) }] : [];
        });
        if (!rewrites.length) continue;
        const translation = await tx.newsTranslation.findUnique({
          where: { articleId_locale: { articleId: outcome.articleId, locale: item.language } },
          select: { body: true },
        });
        if (!translation) continue;
        let body = translation.body;
        for (const { raw, to } of rewrites) body = body.split(`](${raw}`).join(`](${to}`);
        await tx.newsTranslation.update({
          where: { articleId_locale: { articleId: outcome.articleId, locale: item.language } },
          data: { body },
        });
      }
      // Changed after they were made: an editor opened on the drafts in between saves nothing stale.
      if (made.length) {
        await tx.meeting.update({ where: { id: meetingId }, data: { version: { increment: 1 } } });
        await tx.newsArticle.update({ where: { id: outcome.articleId }, data: { version: { increment: 1 } } });
      }
      return made;
    });
  } catch (error) {
    await Promise.all(stored.map((s) => storage.delete(s.storageKey).catch(() => {})));
    failures.push(...stored.map((s) => `${s.link.href}: could not be stored (${(error as Error).message})`));
  }
  if (failures.length) outcome.attachmentFailures = failures;
}

async function importRecord(
  tx: Tx,
  actor: Actor | null,
  record: ImportRecord,
  proposals: Proposal[],
  regions: Map<string, string>,
): Promise<ImportOutcome> {
  const keyed = record.items.map((item) => ({ item, key: sourceKeyOf(item), hash: contentHashOf(item) }));
  const existing = await tx.importedItem.findMany({
    where: { OR: keyed.map(({ item, key }) => ({ sourceKey: key, locale: item.language })) },
    select: { id: true, sourceKey: true, locale: true, contentHash: true, articleId: true, meetingId: true },
  });
  const first = record.items[0];
  if (existing.length) {
    const articleId = existing[0].articleId;
    const { regionId } = await tx.newsArticle.findUniqueOrThrow({
      where: { id: articleId },
      select: { regionId: true },
    });
    if (actor && !can(actor, "news.update", { regionId })) {
      const locales = record.items.map((i) => i.language);
      return { source: first.source, status: "other-region", articleId, meetingId: null, locales };
    }
    let status: ImportOutcome["status"] = "unchanged";
    for (const { item, key, hash } of keyed) {
      const row = existing.find((e) => e.sourceKey === key && e.locale === item.language);
      if (row && row.contentHash !== hash) {
        await tx.importedItem.update({
          where: { id: row.id },
          data: { pendingHash: hash, pendingUpdate: pendingOf(item) },
        });
        status = "update-offered";
      } else if (row && row.contentHash === hash) {
        // The same content again: a pending update read earlier no longer stands.
        await tx.importedItem.updateMany({
          where: { id: row.id, pendingHash: { not: null } },
          data: { pendingHash: null, pendingUpdate: Prisma.DbNull },
        });
      } else if (!row) {
        const taken = await tx.newsTranslation.count({ where: { articleId, locale: item.language } });
        if (taken) continue;
        await tx.newsTranslation.create({
          data: { articleId, locale: item.language, ...textsOf(item), status: "DRAFT" },
        });
        await tx.importedItem.create({
          data: {
            sourceKey: key,
            locale: item.language,
            contentHash: hash,
            articleId,
            meetingId: existing[0].meetingId,
            createdById: actor?.id ?? null,
          },
        });
        if (status === "unchanged") status = "translation-added";
      }
    }
    return {
      source: first.source,
      status,
      articleId,
      meetingId: existing[0].meetingId,
      locales: record.items.map((i) => i.language),
    };
  }

  // A new record: the proposal of the first item that reports a meeting decides the meeting.
  const lead = proposals.find((p) => p.isMeetingReport && p.meeting?.startDate) ?? null;
  const proposedRegion = lead?.meeting?.region ? (regions.get(lead.meeting.region) ?? null) : null;
  // Only those who may put content in any region take the region the text proposes; staff import into theirs.
  const regionId = actor && !can(actor, "content.chooseRegion") ? actor.regionId : proposedRegion;
  if (actor) assertCan(actor, "news.create", { regionId });

  let meetingId: string | null = null;
  if (lead?.meeting?.startDate) meetingId = await createMeetingDraft(tx, actor, record, lead, regionId);

  const english = record.items.find((i) => i.language === "en") ?? first;
  const base = slugify(english.title, "article", 80);
  const taken = await tx.newsArticle.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const article = await tx.newsArticle.create({
    data: {
      slug: firstFreeSlug(
        base,
        taken.map((t) => t.slug),
      ),
      status: "DRAFT",
      regionId,
      meetingId,
      publishedAt: first.publishedOn ? new Date(`${first.publishedOn}T00:00:00Z`) : null,
      createdById: actor?.id ?? null,
      translations: {
        create: record.items.map((item) => ({ locale: item.language, ...textsOf(item), status: "DRAFT" as const })),
      },
    },
    select: { id: true },
  });
  for (const { item, key, hash } of keyed) {
    await tx.importedItem.create({
      data: {
        sourceKey: key,
        locale: item.language,
        contentHash: hash,
        articleId: article.id,
        meetingId,
        createdById: actor?.id ?? null,
      },
    });
  }
  await writeAudit(tx, {
    actorId: actor?.id ?? null,
    action: "news.import",
    entityType: "NewsArticle",
    entityId: article.id,
    after: { sources: keyed.map((k) => k.key), meetingId },
  });
  return {
    source: first.source,
    status: "created",
    articleId: article.id,
    meetingId,
    locales: record.items.map((i) => i.language),
  };
}

function textsOf(item: ImportItem) {
  return {
    title: item.title.replace(/[\r\n]+/g, " ").slice(0, TITLE_MAX),
    excerpt: excerptOf(item.body),
    body: item.body.slice(0, BODY_MAX),
  };
}

function pendingOf(item: ImportItem): Prisma.InputJsonValue {
  return { ...textsOf(item), publishedOn: item.publishedOn, locale: item.language };
}

async function createMeetingDraft(
  tx: Tx,
  actor: Actor | null,
  record: ImportRecord,
  lead: Proposal,
  regionId: string | null,
): Promise<string> {
  const m = lead.meeting!;
  if (actor) assertCan(actor, "meeting.create", { regionId });
  const slugs = [...m.organizers, ...m.hosts, ...m.partners, ...m.participants]
    .map((o) => o.structure)
    .filter(Boolean) as string[];
  const orgSlugs = [...m.organizers, ...m.hosts, ...m.partners, ...m.participants]
    .map((o) => o.organization)
    .filter(Boolean) as string[];
  const structures = new Map(
    (await tx.structure.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })).map((s) => [
      s.slug,
      s.id,
    ]),
  );
  const organizations = new Map(
    (await tx.organization.findMany({ where: { slug: { in: orgSlugs } }, select: { id: true, slug: true } })).map(
      (o) => [o.slug, o.id],
    ),
  );
  const structureOf = (list: OrgProposal[]) =>
    list.map((o) => (o.structure ? structures.get(o.structure) : undefined)).find(Boolean) ?? null;
  const country = m.country
    ? await tx.country.findUnique({ where: { code: m.country }, select: { code: true } })
    : null;
  const english = record.items.find((i) => i.language === "en");
  const slug = await freeSlug(tx, slugify(english?.title ?? record.items[0].title, "meeting"));
  const attendees: Prisma.AttendeeCreateWithoutMeetingInput[] = [];
  const attendeeNames: { name: string; role: string }[] = [];
  const seen = new Set<string>();
  for (const [role, list] of [
    ["ORGANIZER", m.organizers],
    ["HOST", m.hosts],
    ["PARTNER", m.partners],
    ["PARTICIPANT", m.participants],
  ] as const) {
    for (const org of list) {
      const structureId = org.structure ? structures.get(org.structure) : undefined;
      const organizationId = org.organization ? organizations.get(org.organization) : undefined;
      const key = `${role}:${structureId ?? organizationId}`;
      if ((!structureId && !organizationId) || seen.has(key)) continue;
      seen.add(key);
      attendeeNames.push({ name: org.name, role });
      attendees.push({
        role,
        position: attendees.length,
        ...(structureId
          ? { structure: { connect: { id: structureId } } }
          : { organization: { connect: { id: organizationId! } } }),
      });
    }
  }
  // The people named go with their attendee, never public: an import gives no consent.
  const people = new Map<number, Prisma.AttendeePersonCreateWithoutAttendeeInput[]>();
  for (const person of lead.people.slice(0, 100)) {
    const index = attendeeOfPerson(person, attendeeNames);
    if (index === null) continue;
    const list = people.get(index) ?? [];
    list.push({
      position: list.length,
      fullName: person.name.slice(0, 200),
      jobTitle: (person.role ?? "").slice(0, 200),
      publicConsent: false,
    });
    people.set(index, list);
  }
  for (const [index, list] of people) attendees[index].people = { create: list };
  // A number in a series: the one series of that kind (in the region) when the number is free in it; else the
  // number stays without a series and the editor asks staff to choose one (never dropped).
  const seriesId = m.seriesNumber === null ? null : await seriesFor(tx, m.kind, regionId, m.seriesNumber);
  // The meeting's local time: the zone of its city (else UTC), 09:00 to 17:00.
  const timeZone = zoneOfCity(m.city, country?.code) ?? "UTC";
  const meeting = await tx.meeting.create({
    data: {
      slug,
      kind: m.kind,
      status: "DRAFT",
      seriesId,
      number: m.seriesNumber,
      startsAt: zonedToUtc(m.startDate!, "09:00", timeZone)!,
      endsAt: zonedToUtc(m.endDate ?? m.startDate!, "17:00", timeZone)!,
      timeZone,
      format: m.format ?? "IN_PERSON",
      city: m.city ?? "",
      countryCode: country?.code ?? null,
      regionId,
      hostStructureId: structureOf(m.hosts),
      organizerStructureId: structureOf(m.organizers),
      createdById: actor?.id ?? null,
      translations: {
        create: record.items.map((item) => ({
          locale: item.language,
          title: item.title.replace(/[\r\n]+/g, " ").slice(0, TITLE_MAX),
          summary: excerptOf(item.body),
          status: "DRAFT" as const,
        })),
      },
      attendees: { create: attendees },
      outcomes: {
        create: m.decisions.slice(0, 50).map((text, position) => ({
          position,
          kind: "DECISION" as const,
          decisionKind: decisionKindOf(text),
          translations: { create: [{ locale: lead.language, text: text.slice(0, 2000) }] },
        })),
      },
    },
    select: { id: true },
  });
  await writeAudit(tx, {
    actorId: actor?.id ?? null,
    action: "meeting.import",
    entityType: "Meeting",
    entityId: meeting.id,
    after: { proposal: m },
  });
  return meeting.id;
}

/** The series a proposed number belongs to (seriesOfNumber), when the number is still free in it. */
async function seriesFor(tx: Tx, kind: MeetingKindProposal, regionId: string | null, number: number) {
  const series = await tx.meetingSeries.findMany({ where: { kind }, select: { id: true, regionId: true } });
  const chosen = seriesOfNumber(series, regionId);
  if (!chosen) return null;
  const taken = await tx.meeting.count({ where: { seriesId: chosen.id, number } });
  return taken ? null : chosen.id;
}

/** "URL: reason", the URL once (the fetcher's messages already start with it). */
function failureOf(url: string, error: unknown): string {
  const message = (error as Error).message;
  return message.startsWith(`${url}: `) ? message : `${url}: ${message}`;
}
