// Issue 23: an import's images within a budget (so many images, so many
// bytes), and never more than a few fetched at once across the server.
import { describe, expect, it } from "vitest";
import { budgetedImages, IMAGE_FETCHES_AT_ONCE, ImageSkipped } from "@/lib/data/imports/image-budget";

const image = (size: number) => ({ bytes: new Uint8Array(size), kind: "png" as const });

describe("an import's image budget", () => {
  it("skips, with the reason, the images past the count", async () => {
    const load = budgetedImages(async () => image(10), { files: 2, bytes: 1000 });
    await load("a.png", null);
    await load("b.png", null);
    await expect(load("c.png", null)).rejects.toThrow(/limit of 2 images/);
    await expect(load("d.png", null)).rejects.toBeInstanceOf(ImageSkipped);
  });

  it("skips the image that passes the bytes, and every one after", async () => {
    const asked: string[] = [];
    const load = budgetedImages(
      async (src) => {
        asked.push(src);
        return image(2 * 1024 * 1024);
      },
      { files: 100, bytes: 3 * 1024 * 1024 },
    );
    await load("a.png", null);
    await expect(load("b.png", null)).rejects.toThrow(/limit of 3 MB of images/);
    await expect(load("c.png", null)).rejects.toThrow(/limit of 3 MB of images/);
    expect(asked).toEqual(["a.png", "b.png"]);
  });

  it("fetches at most a few at once, whatever the number of imports", async () => {
    let running = 0;
    let most = 0;
    const slow = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 20));
      running -= 1;
      return image(1);
    };
    const imports = [budgetedImages(slow), budgetedImages(slow), budgetedImages(slow)];
    await Promise.all(imports.flatMap((load) => [1, 2, 3].map((n) => load(`${n}.png`, null))));
    expect(most).toBe(IMAGE_FETCHES_AT_ONCE);
  });
});
