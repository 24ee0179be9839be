// Issue 23: images an imported item refers to are fetched with the URL guards
// and the upload checks, from real servers on this machine: 127.0.0.2 stands
// for a public server (the test's own `refuses`), 127.0.0.1 stays private.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchImageBytes, isPrivateAddress } from "@/lib/import/fetch-source";
import { startLocalServer, type LocalServer } from "@/tests/support/local-http-server";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const asIfPublic = { refuses: (a: string) => a !== "127.0.0.2" && isPrivateAddress(a) };
let site: LocalServer;
let inside: LocalServer;

beforeAll(async () => {
  site = await startLocalServer("127.0.0.2", (request, response) => {
    response.setHeader("content-type", request.url === "/a.svg" ? "image/svg+xml" : "image/png");
    response.end(png);
  });
  inside = await startLocalServer("127.0.0.1", (_, response) => {
    response.setHeader("content-type", "image/png");
    response.end(png);
  });
});
afterAll(async () => {
  await site.close();
  await inside.close();
});

describe("an imported item's image", () => {
  it("is read from a public address when it is an image within the size limit", async () => {
    const { bytes } = await fetchImageBytes(`${site.origin}/a.png`, 1024, asIfPublic);
    expect([...bytes]).toEqual([...png]);
  });

  it("is refused from a private or local address, as another type, or over the limit", async () => {
    await expect(fetchImageBytes("http://127.0.0.1/a.png", 1024)).rejects.toThrow(/private or local/);
    await expect(fetchImageBytes("http://[::1]/a.png", 1024)).rejects.toThrow(/private or local/);
    await expect(fetchImageBytes(`http://127.0.0.1:${inside.port}/a.png`, 1024)).rejects.toThrow(/private or local/);
    await expect(fetchImageBytes(`http://localhost:${inside.port}/a.png`, 1024)).rejects.toThrow(/private or local/);
    expect(inside.hits).toEqual([]);
    await expect(fetchImageBytes(`${site.origin}/a.svg`, 1024, asIfPublic)).rejects.toThrow(
      /is not a PNG, JPEG or WebP image/,
    );
    await expect(fetchImageBytes(`${site.origin}/a.png`, 8, asIfPublic)).rejects.toThrow(/larger than/);
    await expect(fetchImageBytes("file:///etc/hosts", 1024)).rejects.toThrow(/only http and https/);
  });
});
