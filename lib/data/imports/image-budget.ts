import "server-only";
// The files of one import — images and attachments alike — within a budget:
// at most so many files and so many bytes in all, and, across every import
// the server runs, at most a few fetched at once. What the budget leaves out
// is skipped with its reason (the draft is made without it); nothing else is
// lost.
import pLimit from "p-limit";
import type { LoadImage } from "./load-item-image";

export type ImageBudget = { files: number; bytes: number };

/** One import's budget: 200 files (images and attachments), 100 MB. */
export const IMPORT_IMAGE_BUDGET: ImageBudget = { files: 200, bytes: 100 * 1024 * 1024 };

/** File fetches at once, for the whole server. */
export const IMAGE_FETCHES_AT_ONCE = 2;
const fetching = pLimit(IMAGE_FETCHES_AT_ONCE);

export class ImageSkipped extends Error {}

/** Loads a file an item refers to; what it returns has the file's bytes. */
type Load<T extends { bytes: Uint8Array }> = (src: string, base: string | null) => Promise<T>;

/**
 * One import's budget, shared by the loaders it wraps (`wrap`): each file
 * fetched counts against it, through the server's few fetch slots.
 */
export function importFileBudget(budget: ImageBudget = IMPORT_IMAGE_BUDGET) {
  let files = 0;
  let bytes = 0;
  const mb = (n: number) => Math.round(n / (1024 * 1024));
  const overBytes = () =>
    new ImageSkipped(`skipped: this import's limit of ${mb(budget.bytes)} MB of images and attachments is reached`);
  return {
    wrap<T extends { bytes: Uint8Array }>(load: Load<T>): Load<T> {
      return async (src, base) => {
        if (files >= budget.files)
          throw new ImageSkipped(`skipped: this import's limit of ${budget.files} images and attachments is reached`);
        if (bytes >= budget.bytes) throw overBytes();
        files += 1;
        const file = await fetching(() => load(src, base));
        bytes += file.bytes.byteLength;
        if (bytes > budget.bytes) throw overBytes();
        return file;
      };
    },
  };
}

/** A loader of images alone that spends one import's budget. */
export function budgetedImages(load: LoadImage, budget: ImageBudget = IMPORT_IMAGE_BUDGET): LoadImage {
  return importFileBudget(budget).wrap(load);
}
