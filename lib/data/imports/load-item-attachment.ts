import "server-only";
// A file an imported item links to (minutes, a programme, a presentation),
// when reachable: fetched with the URL guards of the import (no private
// address, a time limit), at most the size of an uploaded document, and kept
// only when its bytes are a PDF, Word, Excel or PowerPoint file — the checks
// of a document upload (lib/data/meetings/manage-documents.ts).
import { getConfig } from "@/lib/config";
import { fetchDocumentBytes, type AddressGuard } from "@/lib/import/fetch-source";
import { documentKinds, sniffFileKind, type FileKind } from "@/lib/storage/file-types";

export type AttachmentFile = { bytes: Uint8Array; kind: FileKind; url: string };
export type LoadAttachment = (href: string, base: string | null) => Promise<AttachmentFile>;

/** A loader of attachments; `guard` and `maxBytes` only for tests (the system's resolver, UPLOAD_MAX_BYTES). */
export function attachmentLoader({
  guard,
  maxBytes,
}: { guard?: AddressGuard; maxBytes?: number } = {}): LoadAttachment {
  return async (href, base) => {
    let url: URL;
    try {
      url = new URL(href, base ?? undefined);
    } catch {
      throw new Error(`${href}: not an address the server can reach`);
    }
    const fetched = await fetchDocumentBytes(url.toString(), maxBytes ?? getConfig().UPLOAD_MAX_BYTES, guard);
    const kind = sniffFileKind(fetched.bytes);
    if (!kind || !documentKinds.includes(kind))
      throw new Error(`${url}: not a PDF, Word, Excel or PowerPoint file (the types a document upload accepts)`);
    return { bytes: fetched.bytes, kind, url: fetched.url };
  };
}

export const loadItemAttachment: LoadAttachment = (href, base) => attachmentLoader()(href, base);
