import { getCurrentUser } from "@/lib/auth/session";
import { findPublicDocument, findStaffDocument } from "@/lib/data/meetings/document-files";
import { attachmentDisposition } from "@/lib/storage/file-names";
import { mimeTypes } from "@/lib/storage/file-types";
import { getStorage } from "@/lib/storage/storage";
import { isRecordId } from "@/lib/validation/record-id";

type Context = { params: Promise<{ id: string }> };

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
const knownTypes = new Set(Object.values(mimeTypes));

/**
 * A meeting document: to anyone when its meeting is public, otherwise only to
 * signed-in staff who may read the meeting's drafts; to everyone else a 404
 * (not a 403, so unpublished documents cannot be discovered).
 */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  if (!isRecordId(id)) return notFound();
  let document = await findPublicDocument(id);
  const isPublic = document !== null;
  if (!document) {
    const user = await getCurrentUser();
    if (user) document = await findStaffDocument({ actor: user, id });
  }
  if (!document) return notFound();
  const bytes = await getStorage().get(document.storageKey);
  if (!bytes) return notFound();
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": knownTypes.has(document.mimeType) ? document.mimeType : "application/octet-stream",
      "Content-Length": String(bytes.length),
      "Content-Disposition": attachmentDisposition(document.fileName),
      "X-Content-Type-Options": "nosniff",
      // Even if a browser rendered it, the file could run nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": isPublic ? "public, max-age=300" : "private, no-store",
    },
  });
}
