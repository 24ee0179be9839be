import { getCurrentUser } from "@/lib/auth/session";
import { findEvidenceFile } from "@/lib/data/plans/find-evidence-file";
import { fileNotFound, storedFileResponse } from "@/lib/storage/file-response";
import { isRecordId } from "@/lib/validation/record-id";

type Context = { params: Promise<{ id: string }> };

/**
 * An evidence file of a progress report: only to those who may read the
 * report (its centre's representative, ROCB staff of the plan's region,
 * administrators), accepted or not; never public. Everyone else gets a 404.
 */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  if (!isRecordId(id)) return fileNotFound();
  const user = await getCurrentUser();
  return storedFileResponse(user ? await findEvidenceFile({ actor: user, id }) : null, { isPublic: false });
}
