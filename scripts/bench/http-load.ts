// One HTTP load measurement with autocannon: requests per second, latency
// percentiles computed from every response time (autocannon's own summary
// has no p95), errors (connection errors, timeouts and non-2xx answers).
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

export async function measureLoad(options: LoadOptions): Promise<LoadResult> {
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
