import "server-only";
// The image an imported item refers to, when reachable: fetched with the
// URL guards of the import (no private address, a time limit), at most the
// size of an uploaded image, and kept only when its bytes are a PNG, JPEG
// or WebP image — the checks of an upload.
import { fetchImageBytes } from "@/lib/import/fetch-source";
import { imageKinds, sniffFileKind } from "@/lib/storage/file-types";
import { maxImageBytes, type ImageUpload } from "@/lib/storage/images";

export type LoadImage = (src: string, base: string | null) => Promise<ImageUpload>;

export const loadItemImage: LoadImage = async (src, base) => {
  let url: URL;
  try {
    url = new URL(src, base ?? undefined);
  } catch {
    throw new Error(`${src}: not an address the server can reach`);
  }
  const { bytes } = await fetchImageBytes(url.toString(), maxImageBytes);
  const kind = sniffFileKind(bytes);
  if (!kind || !imageKinds.includes(kind)) throw new Error(`${url}: not a PNG, JPEG or WebP image`);
  return { bytes, kind: kind as ImageUpload["kind"] };
};
