// Issue 23: images an imported item refers to are fetched with the URL guards and the upload checks.
import { describe, expect, it } from "vitest";
import { fetchImageBytes } from "@/lib/import/fetch-source";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const answer = (body: Uint8Array, type: string) =>
  (async () =>
    new Response(new Blob([body as Uint8Array<ArrayBuffer>]), {
      headers: { "content-type": type },
    })) as unknown as typeof fetch;

describe("an imported item's image", () => {
  it("is read from a public address when it is an image within the size limit", async () => {
    const { bytes } = await fetchImageBytes("https://93.184.216.34/a.png", 1024, answer(png, "image/png"));
    expect([...bytes]).toEqual([...png]);
  });

  it("is refused from a private or local address, as another type, or over the limit", async () => {
    await expect(fetchImageBytes("http://127.0.0.1/a.png", 1024, answer(png, "image/png"))).rejects.toThrow(
      /private or local/,
    );
    await expect(fetchImageBytes("http://[::1]/a.png", 1024, answer(png, "image/png"))).rejects.toThrow(
      /private or local/,
    );
    await expect(fetchImageBytes("https://93.184.216.34/a.svg", 1024, answer(png, "image/svg+xml"))).rejects.toThrow(
      /is not a PNG, JPEG or WebP image/,
    );
    await expect(fetchImageBytes("https://93.184.216.34/a.png", 8, answer(png, "image/png"))).rejects.toThrow(
      /larger than/,
    );
    await expect(fetchImageBytes("file:///etc/hosts", 1024, answer(png, "image/png"))).rejects.toThrow(
      /only http and https/,
    );
  });
});
