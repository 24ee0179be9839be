-- The summary of one wrk run as one JSON line (scripts/bench/http-load.ts reads it).
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"bytes":%d,"errors":%d,"p50":%.3f,"p95":%.3f,"p97_5":%.3f,"p99":%.3f}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(97.5) / 1000, latency:percentile(99) / 1000))
end
