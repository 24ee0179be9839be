import "server-only";
import { randomBytes } from "node:crypto";
import type { FileKind } from "./file-types";
import { getStorage } from "./storage";

/** An uploaded image whose type was checked by its content. */
export type ImageUpload = { bytes: Uint8Array; kind: Extract<FileKind, "png" | "jpeg" | "webp"> };

/** Logos and news images: 2 MB at most. */
export const maxImageBytes = 2 * 1024 * 1024;

const extensions: Record<ImageUpload["kind"], string> = { png: "png", jpeg: "jpg", webp: "webp" };

/**
 * Images of one save. The record's id is part of the key
 * ("news/<id>/<random>.png"), so the image route finds its record by primary
 * key. A save that fails after writing discards what it wrote.
 */
export function stageImages() {
  const written: string[] = [];
  return {
    async put(folder: "news" | "structures", recordId: string, image: ImageUpload): Promise<string> {
      const key = `${folder}/${recordId}/${randomBytes(12).toString("hex")}.${extensions[image.kind]}`;
      await getStorage().put(key, image.bytes);
      written.push(key);
      return key;
    },
    async discard() {
      await Promise.all(written.map((key) => getStorage().delete(key).catch(() => {})));
    },
  };
}

/** Removes an image nobody refers to any more (best effort: a leftover file is harmless). */
export async function removeImage(key: string | null | undefined) {
  if (key) await getStorage().delete(key).catch(() => {});
}

/** What the image route may serve: "news/<id>/<hex>.<ext>" or "structures/<id>/<hex>.<ext>". */
export function parseImageKey(key: string): { folder: "news" | "structures"; recordId: string } | null {
  const match = /^(news|structures)\/([a-z0-9]{1,40})\/[a-f0-9]{24}\.(png|jpg|webp)$/.exec(key);
  return match ? { folder: match[1] as "news" | "structures", recordId: match[2] } : null;
}

/** The public address of a stored image (served by app/uploads/[...key]/route.ts). */
export function imageUrl(key: string): string {
  return `/uploads/${key}`;
}
