import { Readable } from "node:stream";
import { keySecret } from "@/lib/cache/http-purge";
import { getDocumentsArchive } from "@/lib/data/meetings/get-documents-archive";
import { sharedCacheControl, surrogateKeys, SURROGATE_KEY_HEADER } from "@/lib/http/shared-cache";
import { attachmentDisposition } from "@/lib/storage/file-names";
import { fileNotFound } from "@/lib/storage/file-response";
import { zipArchive } from "@/lib/storage/zip-archive";
import { isSlugParam } from "@/lib/validation/record-id";

type Context = { params: Promise<{ slug: string }> };

/**
 * Every public document of a public meeting in one ZIP, streamed from storage
 * as it is sent. Shared caches (Varnish) keep it under the meeting's surrogate
 * key, so any change to the meeting purges it with the meeting's page;
 * browsers revalidate with its ETag. A draft meeting, or one without
 * documents, is a 404.
 */
export async function GET(request: Request, { params }: Context) {
  const { slug } = await params;
  if (!isSlugParam(slug)) return fileNotFound();
  const archive = await getDocumentsArchive(slug);
  if (!archive) return fileNotFound();
  const headers = new Headers({
    ETag: archive.etag,
    "Cache-Control": sharedCacheControl("page"),
    [SURROGATE_KEY_HEADER]: surrogateKeys(archive.tags, keySecret()),
  });
  if (request.headers.get("if-none-match") === archive.etag) return new Response(null, { status: 304, headers });
  const zip = await zipArchive(archive.entries);
  headers.set("Content-Type", "application/zip");
  headers.set("Content-Disposition", attachmentDisposition(archive.fileName));
  headers.set("X-Content-Type-Options", "nosniff");
  if (zip.size !== null) headers.set("Content-Length", String(zip.size));
  return new Response(Readable.toWeb(zip.stream) as ReadableStream<Uint8Array>, { headers });
}
