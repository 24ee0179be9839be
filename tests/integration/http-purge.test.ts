import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { surrogateKey } from "@/lib/http/shared-cache";

// The purge that follows every invalidation (lib/cache/http-purge.ts), against
// stand-ins for two shared caches speaking Varnish's xkey protocol: one that
// fails twice before it answers, one that never answers well.

type Purge = { method: string; keys: string[] };
const received: Record<string, Purge[]> = { flaky: [], broken: [] };
let flakyFailures = 2;
const servers: http.Server[] = [];

async function cache(name: "flaky" | "broken"): Promise<string> {
  const server = http.createServer((req, res) => {
    received[name].push({ method: req.method ?? "", keys: String(req.headers["xkey-purge"] ?? "").split(" ") });
    if (name === "broken" || flakyFailures-- > 0) return void res.writeHead(503).end();
    res.writeHead(200).end("Purged\n");
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let purgeEverywhere: (tags: readonly string[]) => Promise<void>;
let urls: string[] = [];
const secret = "purge-test-secret-purge-test-secret-00";

beforeAll(async () => {
  urls = [await cache("flaky"), await cache("broken")];
  vi.stubEnv("HTTP_CACHE_PURGE_URLS", urls.join(","));
  vi.stubEnv("AUTH_SECRET", secret);
  vi.resetModules();
  ({ purgeEverywhere } = await import("@/lib/cache/http-purge"));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  for (const server of servers) await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("purging the shared HTTP caches", () => {
  it("sends PURGE with the tags' surrogate keys (and the key of untagged pages) to every cache, retrying until it is taken, and logs the tags a cache missed", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await purgeEverywhere(["meeting:m1", "meetings"]);
    const keys = ["meeting:m1", "meetings", "*"].map((tag) => surrogateKey(tag, secret));
    // The flaky cache: refused twice, taken the third time.
    expect(received.flaky).toHaveLength(3);
    for (const purge of received.flaky) expect(purge).toEqual({ method: "PURGE", keys });
    // The broken one: every try, then one line naming what it missed.
    expect(received.broken.length).toBe(6);
    const logged = errors.mock.calls.map((call) => call.join(" ")).join("\n");
    expect(logged).toContain(
      `http cache purge: ${urls[1]} missed the tags meeting:m1 meetings after 6 tries (HTTP 503)`,
    );
    expect(logged).not.toContain(urls[0]);
    errors.mockRestore();
  });
});
