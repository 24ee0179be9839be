import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { cacheTags } from "@/lib/cache/tags";
import { getStorage } from "@/lib/storage/storage";
import { archiveEntryName, type ArchiveEntry } from "@/lib/storage/zip-archive";
import { publicMeetingWhere } from "../visibility";

// "Download all public documents": the documents of a meeting any visitor may
// see (staff-only ones never), as entries of one ZIP. A meeting that is not public (a draft, one
// scheduled for later, one without a published text) has no archive at all.

/**
 * The public archive of the meeting `slug`, or null: its entries (streamed from
 * storage when the ZIP is written), a validator that changes with the set of
 * files, and the cache tags it is purged by.
 */
export async function getDocumentsArchive(slug: string) {
  const meeting = await prisma.meeting.findFirst({
    where: { slug, ...publicMeetingWhere() },
    select: {
      id: true,
      slug: true,
      documents: {
        where: { isPublic: true },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, fileName: true, storageKey: true, sizeBytes: true, createdAt: true },
      },
    },
  });
  if (!meeting || !meeting.documents.length) return null;
  const entries: ArchiveEntry[] = meeting.documents.map((doc, index) => ({
    name: archiveEntryName(index, doc.fileName),
    sizeBytes: doc.sizeBytes,
    modifiedAt: doc.createdAt,
    open: () => getStorage().stream(doc.storageKey),
  }));
  const etag = createHash("sha256")
    .update(JSON.stringify(meeting.documents.map((d) => [d.id, d.storageKey, d.fileName, d.sizeBytes])))
    .digest("base64url")
    .slice(0, 27);
  return {
    fileName: `${meeting.slug}-documents.zip`,
    entries,
    etag: `"${etag}"`,
    tags: [cacheTags.meeting(meeting.id)],
  };
}
