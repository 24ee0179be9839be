// The bench's adversarial step: while legitimate traffic runs (autocannon over
// the cached public routes, as browsers ask for them), one client sends junk
// view URLs and distinct search queries as fast as the server answers them.
// Reported: crashes (the server process gone or unhealthy), errors on the
// legitimate routes, their cache hit ratio (the seam's x-portal-cache) and
// p97.5 during the flood, and the server's peak resident memory meanwhile.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import http from "node:http";
import autocannon from "autocannon";
import type { RunningApp } from "./servers";

export type FloodResult = {
  junk: number;
  searches: number;
  floodStatuses: Record<string, number>;
  floodSeconds: number;
  legitRequests: number;
  legitErrors: number;
  legitHitRatio: number;
  legitP97_5: number;
  peakRssMb: number;
  crashed: boolean;
};

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10
    : 0;

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** The flood's URLs: junk view segments in every list and the API, and distinct searches, interleaved. */
function floodPaths(junk: number, searches: number): string[] {
  const lists = ["/en/meetings/view/", "/fr/news/view/", "/ru/structures/view/", "/ar/search/view/", "/api/v1/view/"];
  const paths: string[] = [];
  for (let i = 0; i < Math.max(junk, searches); i += 1) {
    if (i < junk) paths.push(`${lists[i % lists.length]}${randomBytes(6000).toString("base64url")}`);
    if (i < searches) paths.push(`/${["en", "fr", "ru"][i % 3]}/search?q=${randomBytes(5).toString("hex")}${i}`);
  }
  return paths;
}

export async function measureFlood({
  app,
  legitPaths,
  junk,
  searches,
  connections,
  headers,
}: {
  app: RunningApp;
  legitPaths: string[];
  junk: number;
  searches: number;
  connections: number;
  headers: Record<string, string>;
}): Promise<FloodResult> {
  const pid = app.pid!;
  let peak = await rssMb(pid);
  const sampler = setInterval(() => void rssMb(pid).then((mb) => (peak = Math.max(peak, mb))), 200);
  const times: number[] = [];
  let hits = 0;
  let answered = 0;
  let rejected = 0;
  let resolveDone: (result: autocannon.Result) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve) => (resolveDone = resolve));
  const legit = autocannon(
    {
      url: app.base,
      connections,
      duration: 3600,
      headers,
      timeout: 10,
      requests: legitPaths.map((path) => ({
        method: "GET" as const,
        path,
        onResponse: (status: number, _body: string, _context: object, responseHeaders?: http.IncomingHttpHeaders) => {
          answered += 1;
          if (status < 200 || status >= 300) rejected += 1;
          if (responseHeaders?.["x-portal-cache"] === "HIT") hits += 1;
        },
      })),
    },
    (_error, result) => resolveDone(result),
  );
  legit.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));

  // The flood: one client, 16 requests in flight, kept-alive connections.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const statuses: Record<string, number> = {};
  const queue = floodPaths(junk, searches);
  const started = Date.now();
  const worker = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) {
      const status = await new Promise<string>((resolve) => {
        http
          .get(`${app.base}${path}`, { agent, headers }, (res) => {
            res.resume();
            res.on("end", () => resolve(String(res.statusCode)));
          })
          .on("error", (error) => resolve(error.message));
      });
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  const floodSeconds = (Date.now() - started) / 1000;
  legit.stop();
  const result = await done;
  clearInterval(sampler);
  agent.destroy();
  const healthy = await fetch(`${app.base}/api/health`).then(
    (r) => r.ok,
    () => false,
  );
  const alive = await readFile(`/proc/${pid}/status`, "utf8").then(
    () => true,
    () => false,
  );
  times.sort((a, b) => a - b);
  return {
    junk,
    searches,
    floodStatuses: statuses,
    floodSeconds,
    legitRequests: answered,
    legitErrors: result.errors + result.timeouts + rejected,
    legitHitRatio: answered ? hits / answered : 0,
    legitP97_5: percentile(times, 97.5),
    peakRssMb: Math.round(peak),
    crashed: !healthy || !alive,
  };
}
