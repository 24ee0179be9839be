import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/audit";
import { FieldValidationError, NotFoundError } from "@/lib/errors/app-errors";
import { getStorage } from "@/lib/storage/storage";
import { documentKinds, mimeTypes, sniffFileKind } from "@/lib/storage/file-types";
import { safeFileName } from "@/lib/storage/file-names";
import type { AppLocale } from "@/i18n/routing";
import { meetingScope } from "../scope";
import { meetingHeading } from "./attendees";
import { findMeetingEditScope, lockMeetingForEdit, meetingTags, type Tx } from "./meeting-lock";

// Documents of a meeting: upload (type decided by the content, stored under a
// random key), rename, reorder, delete. The bytes live in the storage
// (lib/storage/storage.ts); the row says where.

type MeetingRef = { actor: Actor; meetingId: string; version: number };

const listSelect = { id: true, position: true, title: true, language: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true } as const;
const documentSelect = { ...listSelect, storageKey: true } as const;

/** The documents editor: the meeting (in the actor's scope) and its documents, one query. */
export async function getStaffMeetingDocuments({ actor, meetingId, locale }: { actor: Actor; meetingId: string; locale: AppLocale }) {
  const meeting = await prisma.meeting.findFirst({
    relationLoadStrategy: "join",
    where: { AND: [{ id: meetingId }, meetingScope(actor)] },
    select: {
      id: true,
      slug: true,
      status: true,
      version: true,
      translations: { select: { locale: true, title: true } },
      documents: { orderBy: [{ position: "asc" }, { id: "asc" }], select: listSelect },
    },
  });
  if (!meeting) return null;
  return {
    id: meeting.id,
    slug: meeting.slug,
    status: meeting.status,
    version: meeting.version,
    ...meetingHeading(meeting, locale),
    documents: meeting.documents,
  };
}

export type StaffMeetingDocuments = NonNullable<Awaited<ReturnType<typeof getStaffMeetingDocuments>>>;

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
}: MeetingRef & { title: string; language: AppLocale; fileName: string; bytes: Uint8Array }) {
  const scope = await findMeetingEditScope(meetingId);
  if (!scope) throw new NotFoundError();
  assertCan(actor, "meeting.update", scope);
  const kind = sniffFileKind(bytes);
  if (!kind || !documentKinds.includes(kind)) throw new FieldValidationError({ file: ["fileType"] });

  const storageKey = `documents/${meetingId.toLowerCase()}/${randomUUID()}.${kind}`;
  const storage = getStorage();
  await storage.put(storageKey, bytes);
  try {
    return await prisma.$transaction(async (tx) => {
      await lockMeetingForEdit(tx, actor, meetingId, version);
      const last = await tx.meetingDocument.aggregate({ where: { meetingId }, _max: { position: true } });
      const document = await tx.meetingDocument.create({
        data: {
          meetingId,
          position: (last._max.position ?? -1) + 1,
          title,
          language,
          storageKey,
          fileName: safeFileName(fileName, kind),
          mimeType: mimeTypes[kind],
          sizeBytes: bytes.length,
        },
        select: documentSelect,
      });
      await writeAudit(tx, { actorId: actor.id, action: "meeting.document.create", entityType: "Meeting", entityId: meetingId, after: document });
      return { documentId: document.id, tags: meetingTags(meetingId) };
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
}: MeetingRef & { documentId: string; title: string; language: AppLocale }) {
  return prisma.$transaction(async (tx) => {
    await lockMeetingForEdit(tx, actor, meetingId, version);
    const before = await findDocument(tx, meetingId, documentId);
    const after = await tx.meetingDocument.update({ where: { id: documentId }, data: { title, language }, select: documentSelect });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.document.update", entityType: "Meeting", entityId: meetingId, before, after });
    return { documentId, tags: meetingTags(meetingId) };
  });
}

export async function moveDocument({ actor, meetingId, version, documentId, direction }: MeetingRef & { documentId: string; direction: "up" | "down" }) {
  return prisma.$transaction(async (tx) => {
    await lockMeetingForEdit(tx, actor, meetingId, version);
    const current = await findDocument(tx, meetingId, documentId);
    const neighbour = await tx.meetingDocument.findFirst({
      where: { meetingId, position: direction === "up" ? { lt: current.position } : { gt: current.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (neighbour) {
      await tx.meetingDocument.update({ where: { id: current.id }, data: { position: neighbour.position } });
      await tx.meetingDocument.update({ where: { id: neighbour.id }, data: { position: current.position } });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "meeting.document.move",
      entityType: "Meeting",
      entityId: meetingId,
      before: { documentId, position: current.position },
      after: { documentId, position: neighbour?.position ?? current.position },
    });
    return { documentId, tags: meetingTags(meetingId) };
  });
}

/** Deletes the row in the transaction, then the bytes (a failure there leaves an unreferenced file, never a broken link). */
export async function deleteDocument({ actor, meetingId, version, documentId }: MeetingRef & { documentId: string }) {
  const before = await prisma.$transaction(async (tx) => {
    await lockMeetingForEdit(tx, actor, meetingId, version);
    const document = await findDocument(tx, meetingId, documentId);
    await tx.meetingDocument.delete({ where: { id: documentId } });
    await tx.meetingDocument.updateMany({ where: { meetingId, position: { gt: document.position } }, data: { position: { decrement: 1 } } });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.document.delete", entityType: "Meeting", entityId: meetingId, before: document });
    return document;
  });
  await getStorage()
    .delete(before.storageKey)
    .catch((error) => console.error("[storage] could not delete", before.storageKey, error));
  return { documentId, tags: meetingTags(meetingId) };
}
