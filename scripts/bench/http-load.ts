// One HTTP load measurement: requests per second, latency percentiles,
// errors (connection errors, timeouts and answers that are not 2xx).
//
// GETs are measured with wrk (Debian: apt-get install wrk), a load generator
// in C, one thread: autocannon, in JavaScript, reads a response body into a
// string, which costs more than serving it for some pages (the region page at
// 100,000 meetings: 626 req/s through autocannon, 11,800 through wrk, from a
// plain Node server sending the same bytes). Without wrk, and for the staff
// saves (requests that carry state from one answer to the next), autocannon,
// with percentiles computed from every response time.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";

export type LoadResult = {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p97_5: number;
  p99: number;
  errors: number;
  bytesPerResponse: number;
};

export type LoadOptions = {
  url: string;
  connections: number;
  seconds: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  requests?: autocannon.Request[];
  /** A response counts as an error unless this accepts it (default: 2xx). */
  accept?: (status: number) => boolean;
};

/** The p-th percentile in ms, to a tenth (autocannon times to the microsecond). */
const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10
    : 0;

/** Whether wrk is installed (then every plain GET is measured with it). */
export const hasWrk = spawnSync("wrk", ["--version"]).error === undefined;

async function measureWithWrk(options: LoadOptions): Promise<LoadResult> {
  const args = [
    "-t1",
    `-c${options.connections}`,
    `-d${options.seconds}s`,
    "--timeout",
    "10s",
    "-s",
    path.resolve("scripts/bench/wrk-summary.lua"),
  ];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push("-H", `${name}: ${value}`);
  args.push(options.url);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "inherit"] });
    let text = "";
    child.stdout.on("data", (chunk) => (text += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with code ${code}`))));
  });
  const line = output
    .split("\n")
    .reverse()
    .find((l) => l.startsWith("{"));
  if (!line) throw new Error(`wrk printed no summary:\n${output}`);
  const summary = JSON.parse(line) as {
    requests: number;
    duration_us: number;
    bytes: number;
    errors: number;
    p50: number;
    p95: number;
    p97_5: number;
    p99: number;
  };
  const tenth = (ms: number) => Math.round(ms * 10) / 10;
  return {
    requests: summary.requests,
    rps: summary.requests / (summary.duration_us / 1e6),
    p50: tenth(summary.p50),
    p95: tenth(summary.p95),
    p97_5: tenth(summary.p97_5),
    p99: tenth(summary.p99),
    errors: summary.errors,
    bytesPerResponse: summary.requests ? summary.bytes / summary.requests : 0,
  };
}

export async function measureLoad(options: LoadOptions): Promise<LoadResult> {
  if (hasWrk && (options.method ?? "GET") === "GET" && !options.requests && !options.accept)
    return measureWithWrk(options);
  const times: number[] = [];
  let rejected = 0;
  const accept = options.accept ?? ((status: number) => status >= 200 && status < 300);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        method: options.method ?? "GET",
        headers: options.headers,
        requests: options.requests,
        timeout: 10,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      if (!accept(status)) rejected += 1;
    });
  });
  times.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || options.seconds),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p97_5: percentile(times, 97.5),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts + rejected,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}
