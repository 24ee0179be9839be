import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { assertCan, meetingWhere, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { FieldValidationError, NotFoundError } from "@/lib/errors/app-errors";
import { getStorage } from "@/lib/storage/storage";
import { documentKinds, mimeTypes, sniffFileKind } from "@/lib/storage/file-types";
import { safeFileName } from "@/lib/storage/file-names";
import type { AppLocale } from "@/i18n/routing";
import type { MeetingDocumentKind } from "@/lib/db/generated/enums";
import { claimMeeting, meetingScopeOf, meetingTags, type Tx } from "./claim-meeting";
import { closeGaps, positionAfterLast } from "./move-meeting-child";
import { documentFields } from "./select-meeting";

// Documents of a meeting: upload (type decided by the content, stored under a
// random key), rename, delete (moves: ordered-children.ts). The bytes live in the storage
// (lib/storage/storage.ts); the row says where.

type MeetingRef = { actor: Actor; meetingId: string; version: number };

const listSelect = { ...documentFields, isPublic: true, position: true, createdAt: true } as const;

/** A document's kind and agenda item (one of this meeting's items, or none). */
type DocumentPlace = { kind?: MeetingDocumentKind; agendaItemId?: string | null };

async function checkItem(tx: Tx, meetingId: string, agendaItemId: string | null | undefined) {
  if (!agendaItemId) return;
  const item = await tx.agendaItem.findFirst({ where: { id: agendaItemId, meetingId }, select: { id: true } });
  if (!item) throw new FieldValidationError({ agendaItemId: ["invalid"] });
}
const documentSelect = { ...listSelect, storageKey: true } as const;

/** The documents of a meeting in the actor's scope, in order (one query). */
export function listDocuments({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  return prisma.meetingDocument.findMany({
    where: { meetingId, meeting: meetingWhere(actor, "meeting.update") },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: listSelect,
  });
}

export type StaffDocument = Awaited<ReturnType<typeof listDocuments>>[number];

async function findDocument(tx: Tx, meetingId: string, documentId: string) {
  const document = await tx.meetingDocument.findFirst({ where: { id: documentId, meetingId }, select: documentSelect });
  if (!document) throw new NotFoundError();
  return document;
}

/**
 * Stores the file, then records it. The permission is checked before a single
 * byte is written, and again in the transaction; if the transaction fails the
 * stored file is removed.
 */
export async function uploadDocument({
  actor,
  meetingId,
  version,
  title,
  language,
  fileName,
  bytes,
  staffOnly = false,
  ...place
}: MeetingRef &
  DocumentPlace & { title: string; language: AppLocale; fileName: string; bytes: Uint8Array; staffOnly?: boolean }) {
  const scope = await meetingScopeOf(meetingId);
  if (!scope) throw new NotFoundError();
  assertCan(actor, "meeting.update", scope);
  const kind = sniffFileKind(bytes);
  if (!kind || !documentKinds.includes(kind)) throw new FieldValidationError({ file: ["fileType"] });

  const storageKey = `documents/${meetingId.toLowerCase()}/${randomUUID()}.${kind}`;
  const storage = getStorage();
  await storage.put(storageKey, bytes);
  try {
    return await prisma.$transaction(async (tx) => {
      const meeting = await claimMeeting(tx, actor, meetingId, version);
      await checkItem(tx, meetingId, place.agendaItemId);
      const document = await tx.meetingDocument.create({
        data: {
          ...place,
          meetingId,
          position: await positionAfterLast(tx, "documents", meetingId),
          title,
          language,
          isPublic: !staffOnly,
          storageKey,
          fileName: safeFileName(fileName, kind),
          mimeType: mimeTypes[kind],
          sizeBytes: bytes.length,
        },
        select: documentSelect,
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "meeting.document.create",
        entityType: "Meeting",
        entityId: meetingId,
        after: document,
      });
      return { id: document.id, tags: meetingTags(meetingId, meeting.status) };
    });
  } catch (error) {
    await storage.delete(storageKey).catch(() => {});
    throw error;
  }
}

export async function updateDocument({
  actor,
  meetingId,
  version,
  documentId,
  title,
  language,
  staffOnly = false,
  ...place
}: MeetingRef & DocumentPlace & { documentId: string; title: string; language: AppLocale; staffOnly?: boolean }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const before = await findDocument(tx, meetingId, documentId);
    await checkItem(tx, meetingId, place.agendaItemId);
    const after = await tx.meetingDocument.update({
      where: { id: documentId },
      data: { title, language, isPublic: !staffOnly, ...place },
      select: documentSelect,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "meeting.document.update",
      entityType: "Meeting",
      entityId: meetingId,
      before,
      after,
    });
    return { id: documentId, tags: meetingTags(meetingId, meeting.status) };
  });
}

/** Deletes the row in the transaction, then the bytes (a failure there leaves an unreferenced file, never a broken link). */
export async function deleteDocument({ actor, meetingId, version, documentId }: MeetingRef & { documentId: string }) {
  const { document, status } = await prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const document = await findDocument(tx, meetingId, documentId);
    await tx.meetingDocument.delete({ where: { id: documentId } });
    await closeGaps(tx, "documents", meetingId);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "meeting.document.delete",
      entityType: "Meeting",
      entityId: meetingId,
      before: document,
    });
    return { document, status: meeting.status };
  });
  await getStorage()
    .delete(document.storageKey)
    .catch((error) => console.error("[storage] could not delete", document.storageKey, error));
  return { id: documentId, tags: meetingTags(meetingId, status) };
}
