// The benchmark's budgets and its outputs: a terminal table, JSON, and the
// results section of docs/performance.md.
import { readFile, writeFile } from "node:fs/promises";
import * as prettier from "prettier";
import type { FloodResult } from "./flood";
import type { LoadResult } from "./http-load";

export type RouteResult = LoadResult & { name: string; path: string; kind: "public" | "search" };

/** One route measured three ways in the same run. */
export type RouteRow = {
  name: string;
  path: string;
  kind: "public" | "search";
  identity: LoadResult;
  gzip: LoadResult;
  varnish?: LoadResult;
};

export type BenchReport = {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  settings: { meetings: number; smallMeetings: number; seconds: number; connections: number; instances?: number };
  baselines: {
    /** A stock Next.js page prerendered at build time (scripts/bench/anchor). */
    anchor: { identity: LoadResult; gzip: LoadResult; after: LoadResult };
    /** The portal's own prerendered page (/en/accessibility). */
    staticPage: { identity: LoadResult; gzip: LoadResult; varnish?: LoadResult };
    plainNode: LoadResult;
  };
  routes: RouteRow[];
  growth: { name: string; p95Large: number; p95Small: number; ratio: number }[];
  staffSave: LoadResult & { saved: number };
  publishToVisible: { runs: number[]; median: number; max: number };
  publishToVisibleVarnish?: { runs: number[]; median: number; max: number };
  flood?: FloodResult;
  peakRssMb: number;
  totalSeconds: number;
  budgets: Budget[];
  /** The import's extractor on its own set (scripts/bench/extractor.ts). */
  extractor?: { items: number; slowestMs: number; meanMs: number };
  extra?: Record<string, unknown>;
};

export type Budget = { name: string; limit: string; value: string; pass: boolean };

export const budgets = {
  /** The request seam: the portal's own static page against the stock one. */
  seamRatio: 0.8,
  /** Every cached public route, gzip requested, against the stock page with gzip. */
  directGzipRatio: 0.5,
  varnishRatio: 5,
  varnishP975: 10,
  publicP975: 50,
  searchP975: 150,
  growth: 1.5,
  publishMs: 1000,
  rssMb: 600,
  floodHitRatio: 0.99,
  /** The import's extractor, its slowest item of the set (the issue: under 1 s an item). */
  extractorMs: 1000,
};

/** Latencies under this are all "instant": the growth ratio compares nothing below it (timer noise). */
export const GROWTH_FLOOR_MS = 2;

const ratioBudget = (name: string, value: number, base: number, limit: number): Budget => {
  const ratio = value / base;
  return { name, limit: `≥ ${limit}×`, value: `${ratio.toFixed(2)}×`, pass: ratio >= limit };
};
const underBudget = (name: string, value: number, limit: number, unit = "ms"): Budget => ({
  name,
  limit: `< ${limit} ${unit}`.trim(),
  value: `${value} ${unit}`.trim(),
  pass: value < limit,
});

export function evaluateBudgets(report: BenchReport): Budget[] {
  const anchor = report.baselines.anchor;
  const out: Budget[] = [];
  const own = report.baselines.staticPage;
  out.push(
    ratioBudget("seam: own static page vs stock Next page", own.identity.rps, anchor.identity.rps, budgets.seamRatio),
  );
  out.push(
    ratioBudget("seam: own static page vs stock Next page (gzip)", own.gzip.rps, anchor.gzip.rps, budgets.seamRatio),
  );
  for (const route of report.routes) {
    out.push(ratioBudget(`direct, gzip: ${route.name}`, route.gzip.rps, anchor.gzip.rps, budgets.directGzipRatio));
    const limit = route.kind === "search" ? budgets.searchP975 : budgets.publicP975;
    out.push(underBudget(`direct, gzip: ${route.name}: p97.5`, route.gzip.p97_5, limit));
    if (route.varnish) {
      out.push(ratioBudget(`Varnish, gzip: ${route.name}`, route.varnish.rps, anchor.gzip.rps, budgets.varnishRatio));
      out.push(underBudget(`Varnish, gzip: ${route.name}: p97.5`, route.varnish.p97_5, budgets.varnishP975));
    }
  }
  const errors =
    report.routes.reduce((sum, r) => sum + r.identity.errors + r.gzip.errors + (r.varnish?.errors ?? 0), 0) +
    report.staffSave.errors;
  out.push({
    name: "errors (every route, every way, staff save included)",
    limit: "0",
    value: String(errors),
    pass: errors === 0,
  });
  const worstGrowth = Math.max(...report.growth.map((g) => g.ratio));
  out.push({
    name: `growth: p95 at large ÷ p95 at small (worst route; floor ${GROWTH_FLOOR_MS} ms)`,
    limit: `< ${budgets.growth}`,
    value: worstGrowth.toFixed(2),
    pass: worstGrowth < budgets.growth,
  });
  out.push(
    underBudget("publish → visible, direct (max of runs)", Math.round(report.publishToVisible.max), budgets.publishMs),
  );
  if (report.publishToVisibleVarnish)
    out.push(
      underBudget(
        "publish → visible through Varnish (max of runs)",
        Math.round(report.publishToVisibleVarnish.max),
        budgets.publishMs,
      ),
    );
  out.push(underBudget("peak resident memory of the server", report.peakRssMb, budgets.rssMb, "MB"));
  if (report.extractor)
    out.push(
      underBudget(
        `import extractor: slowest of ${report.extractor.items} items (mean ${report.extractor.meanMs.toFixed(1)} ms)`,
        Math.round(report.extractor.slowestMs),
        budgets.extractorMs,
      ),
    );
  if (report.flood) {
    const flood = report.flood;
    out.push({ name: "flood: crashes", limit: "0", value: flood.crashed ? "1" : "0", pass: !flood.crashed });
    out.push({
      name: "flood: errors on legitimate routes",
      limit: "0",
      value: String(flood.legitErrors),
      pass: flood.legitErrors === 0,
    });
    out.push({
      name: "flood: legitimate pages served from the cache",
      limit: `≥ ${budgets.floodHitRatio * 100} %`,
      value: `${(flood.legitHitRatio * 100).toFixed(2)} %`,
      pass: flood.legitHitRatio >= budgets.floodHitRatio,
    });
    out.push(underBudget("flood: peak resident memory of the server", flood.peakRssMb, budgets.rssMb, "MB"));
  }
  return out;
}

const fmt = (n: number) => Math.round(n).toLocaleString("en");
const x = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

type Row = { name: string; cells: string[] };

function rows(report: BenchReport): Row[] {
  const anchor = report.baselines.anchor;
  const line = (name: string, identity?: LoadResult, gzip?: LoadResult, varnish?: LoadResult): Row => ({
    name,
    cells: [
      gzip ? (gzip.bytesPerResponse / 1024).toFixed(1) : "",
      identity ? fmt(identity.rps) : "",
      identity ? x(identity.rps, anchor.identity.rps) : "",
      identity ? String(identity.p97_5) : "",
      gzip ? fmt(gzip.rps) : "",
      gzip ? x(gzip.rps, anchor.gzip.rps) : "",
      gzip ? String(gzip.p97_5) : "",
      varnish ? fmt(varnish.rps) : "",
      varnish ? x(varnish.rps, anchor.gzip.rps) : "",
      varnish ? String(varnish.p97_5) : "",
    ],
  });
  return [
    line("stock Next.js page (anchor, prerendered)", anchor.identity, anchor.gzip),
    line("stock Next.js page, again after the routes", anchor.after),
    line(
      "own static page /en/accessibility",
      report.baselines.staticPage.identity,
      report.baselines.staticPage.gzip,
      report.baselines.staticPage.varnish,
    ),
    line("plain Node http, meeting page bytes", report.baselines.plainNode),
    ...report.routes.map((r) => line(r.name, r.identity, r.gzip, r.varnish)),
    line("staff save of a meeting (signed in)", report.staffSave),
  ];
}

const headings = [
  "KB gz",
  "req/s",
  "× anchor",
  "p97.5",
  "gzip req/s",
  "× anchor gz",
  "p97.5",
  "Varnish gz",
  "× anchor gz",
  "p97.5",
];

export function renderTable(report: BenchReport): string {
  const lines = [`${"route".padEnd(44)} ${headings.map((h) => h.padStart(11)).join(" ")}`];
  for (const r of rows(report))
    lines.push(`${r.name.slice(0, 44).padEnd(44)} ${r.cells.map((c) => c.padStart(11)).join(" ")}`);
  lines.push("", "Budgets:");
  for (const b of report.budgets)
    lines.push(`  ${b.pass ? "PASS" : "FAIL"}  ${b.name.padEnd(64)} ${b.value.padStart(9)}  (${b.limit})`);
  lines.push("", summary(report));
  return lines.join("\n");
}

function summary(report: BenchReport): string {
  const parts = [
    `Publish → visible, direct: ${report.publishToVisible.runs.map((t) => `${t.toFixed(0)} ms`).join(", ")}.`,
  ];
  if (report.publishToVisibleVarnish)
    parts.push(`Through Varnish: ${report.publishToVisibleVarnish.runs.map((t) => `${t.toFixed(0)} ms`).join(", ")}.`);
  parts.push(
    `Peak resident memory of the server: ${report.peakRssMb} MB. Staff saves stored: ${report.staffSave.saved}.`,
  );
  if (report.flood) {
    const f = report.flood;
    parts.push(
      `Flood: ${f.junk.toLocaleString("en")} junk view URLs and ${f.searches.toLocaleString("en")} distinct searches in ${f.floodSeconds.toFixed(0)} s ` +
        `(answers: ${Object.entries(f.floodStatuses)
          .map(([s, n]) => `${n} × ${s}`)
          .join(", ")}), while ${f.legitRequests.toLocaleString("en")} legitimate requests ` +
        `were served: ${f.legitErrors} errors, ${(f.legitHitRatio * 100).toFixed(2)} % from the cache, p97.5 ${f.legitP97_5} ms; ` +
        `peak RSS ${f.peakRssMb} MB; ${f.crashed ? "the server crashed" : "no crash"}.`,
    );
  }
  return parts.join(" ");
}

export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const out = [
    `Measured ${report.date.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; ` +
      `${report.settings.meetings.toLocaleString("en")} meetings, ${report.settings.connections} connections, ${report.settings.seconds} s per measurement` +
      `${report.settings.instances ? `, ${report.settings.instances} instances` : ""}. "gzip" means the request said \`Accept-Encoding: gzip, deflate, br\`, as browsers do. ` +
      "Absolute numbers on a shared 2-core machine are noisy (the load generator shares the cores); the ratios to the stock Next.js page measured in the same run are not.",
    "",
    `| route | ${headings.join(" | ")} |`,
    `|---|${headings.map(() => "---:").join("|")}|`,
    ...rows(report).map((r) => `| ${r.name} | ${r.cells.join(" | ")} |`),
    "",
    "| budget | limit | measured | |",
    "|---|---|---:|---|",
    ...report.budgets.map((b) => `| ${b.name} | ${b.limit} | ${b.value} | ${b.pass ? "PASS" : "**FAIL**"} |`),
    "",
    `Growth (p95 at ${report.settings.meetings.toLocaleString("en")} ÷ p95 at ${report.settings.smallMeetings.toLocaleString("en")} meetings, direct, gzip; latencies under ${GROWTH_FLOOR_MS} ms count as ${GROWTH_FLOOR_MS} ms): ` +
      report.growth.map((g) => `${g.name} ${g.ratio.toFixed(2)}`).join(", ") +
      ".",
    "",
    summary(report),
  ];
  if (report.extra) out.push("", "```json", JSON.stringify(report.extra, null, 2), "```");
  return out.join("\n");
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** Replaces the results section of the performance document (between its markers). */
export async function updatePerformanceDoc(file: string, markdown: string) {
  const doc = await readFile(file, "utf8");
  const section = `${START}\n${markdown}\n${END}`;
  const next = doc.includes(START)
    ? doc.replace(new RegExp(`${START}[\\s\\S]*?${END}`), section)
    : `${doc.trimEnd()}\n\n## Latest \`npm run bench\`\n\n${section}\n`;
  // Formatted as the rest of the tree (npm run lint checks it).
  const options = (await prettier.resolveConfig(file)) ?? {};
  await writeFile(file, await prettier.format(next, { ...options, filepath: file }));
}
