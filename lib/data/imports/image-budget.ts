import "server-only";
// The images of one import, within a budget: at most so many images and so
// many bytes in all, and, across every import the server runs, at most a few
// fetched at once. What the budget leaves out is skipped with its reason (the
// draft is made without the image); nothing else is lost.
import pLimit from "p-limit";
import type { LoadImage } from "./load-item-image";

export type ImageBudget = { images: number; bytes: number };

/** One import's budget: 200 images, 100 MB. */
export const IMPORT_IMAGE_BUDGET: ImageBudget = { images: 200, bytes: 100 * 1024 * 1024 };

/** Image fetches at once, for the whole server. */
export const IMAGE_FETCHES_AT_ONCE = 2;
const fetching = pLimit(IMAGE_FETCHES_AT_ONCE);

export class ImageSkipped extends Error {}

/** A loader that spends one import's budget, through the server's few fetch slots. */
export function budgetedImages(load: LoadImage, budget: ImageBudget = IMPORT_IMAGE_BUDGET): LoadImage {
  let images = 0;
  let bytes = 0;
  const mb = (n: number) => Math.round(n / (1024 * 1024));
  return async (src, base) => {
    if (images >= budget.images)
      throw new ImageSkipped(`skipped: this import's limit of ${budget.images} images is reached`);
    if (bytes >= budget.bytes)
      throw new ImageSkipped(`skipped: this import's limit of ${mb(budget.bytes)} MB of images is reached`);
    images += 1;
    const image = await fetching(() => load(src, base));
    bytes += image.bytes.byteLength;
    if (bytes > budget.bytes)
      throw new ImageSkipped(`skipped: this import's limit of ${mb(budget.bytes)} MB of images is reached`);
    return image;
  };
}
