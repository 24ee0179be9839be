import { getCurrentUser } from "@/lib/auth/session";
import { findPublicDocument, findStaffDocument } from "@/lib/data/meetings/find-documents";
import { fileNotFound, storedFileResponse } from "@/lib/storage/file-response";
import { isRecordId } from "@/lib/validation/record-id";

type Context = { params: Promise<{ id: string }> };

/**
 * A meeting document: to anyone when its meeting is public, otherwise only to
 * signed-in staff who may read the meeting's drafts; to everyone else a 404
 * (not a 403, so unpublished documents cannot be discovered).
 */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  if (!isRecordId(id)) return fileNotFound();
  const document = await findPublicDocument(id);
  if (document) return storedFileResponse(document, { isPublic: true });
  const user = await getCurrentUser();
  return storedFileResponse(user ? await findStaffDocument({ actor: user, id }) : null, { isPublic: false });
}
