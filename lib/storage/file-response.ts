import "server-only";
import { attachmentDisposition } from "./file-names";
import { mimeTypes } from "./file-types";
import { getStorage } from "./storage";

// The one way the portal hands out a stored file (meeting documents, report
// evidence): always as a download, typed only as one of the accepted types,
// sandboxed, and a 404 that says nothing when it is not there or not yours.

const knownTypes = new Set(Object.values(mimeTypes));

export const fileNotFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function storedFileResponse(file: { storageKey: string; fileName: string; mimeType: string } | null, { isPublic }: { isPublic: boolean }): Promise<Response> {
  if (!file) return fileNotFound();
  const bytes = await getStorage().get(file.storageKey);
  if (!bytes) return fileNotFound();
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": knownTypes.has(file.mimeType) ? file.mimeType : "application/octet-stream",
      "Content-Length": String(bytes.length),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      // Even if a browser rendered it, the file could run nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": isPublic ? "public, max-age=300" : "private, no-store",
    },
  });
}
