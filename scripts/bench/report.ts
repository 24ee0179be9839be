// The benchmark's budgets and its outputs: a terminal table, JSON, and the
// results section of docs/performance.md.
import { readFile, writeFile } from "node:fs/promises";
import type { LoadResult } from "./http-load";

export type RouteResult = LoadResult & { name: string; path: string; kind: "public" | "search" };

export type BenchReport = {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  settings: { meetings: number; smallMeetings: number; seconds: number; connections: number; instances?: number };
  baselines: { staticPage: { before: LoadResult; after: LoadResult; rps: number }; plainNode: LoadResult };
  routes: RouteResult[];
  growth: { name: string; p95Large: number; p95Small: number; ratio: number }[];
  staffSave: LoadResult & { saved: number };
  publishToVisible: { runs: number[]; median: number; max: number };
  peakRssMb: number;
  totalSeconds: number;
  budgets: Budget[];
  extra?: Record<string, unknown>;
};

export type Budget = { name: string; limit: string; value: string; pass: boolean };

export const budgets = { ratio: 0.9, publicP975: 50, searchP975: 150, growth: 1.5, publishMs: 1000, rssMb: 600 };

export function evaluateBudgets(report: BenchReport): Budget[] {
  const staticRps = report.baselines.staticPage.rps;
  const out: Budget[] = [];
  for (const route of report.routes) {
    const ratio = route.rps / staticRps;
    out.push({
      name: `${route.name}: req/s vs static`,
      limit: `≥ ${budgets.ratio}×`,
      value: `${ratio.toFixed(2)}×`,
      pass: ratio >= budgets.ratio,
    });
    const limit = route.kind === "search" ? budgets.searchP975 : budgets.publicP975;
    out.push({
      name: `${route.name}: p97.5`,
      limit: `< ${limit} ms`,
      value: `${route.p97_5} ms`,
      pass: route.p97_5 < limit,
    });
  }
  const errors = report.routes.reduce((sum, r) => sum + r.errors, 0) + report.staffSave.errors;
  out.push({
    name: "errors (every route, staff save included)",
    limit: "0",
    value: String(errors),
    pass: errors === 0,
  });
  const worstGrowth = Math.max(...report.growth.map((g) => g.ratio));
  out.push({
    name: "growth: p95 at large ÷ p95 at small (worst route)",
    limit: `< ${budgets.growth}`,
    value: worstGrowth.toFixed(2),
    pass: worstGrowth < budgets.growth,
  });
  out.push({
    name: "publish → visible (max of runs)",
    limit: `< ${budgets.publishMs} ms`,
    value: `${report.publishToVisible.max.toFixed(0)} ms`,
    pass: report.publishToVisible.max < budgets.publishMs,
  });
  out.push({
    name: "peak resident memory of the server",
    limit: `< ${budgets.rssMb} MB`,
    value: `${report.peakRssMb} MB`,
    pass: report.peakRssMb < budgets.rssMb,
  });
  return out;
}

const fmt = (n: number) => Math.round(n).toLocaleString("en");

function routeRows(report: BenchReport) {
  const staticRps = report.baselines.staticPage.rps;
  const rows = [
    [
      "static page (baseline, prerendered at build)",
      report.baselines.staticPage.rps,
      report.baselines.staticPage.before,
    ],
    ["plain Node http, meeting page bytes (baseline)", report.baselines.plainNode.rps, report.baselines.plainNode],
    ...report.routes.map((r) => [r.name, r.rps, r] as const),
    ["staff save of a meeting (signed in)", report.staffSave.rps, report.staffSave],
  ] as const;
  return rows.map(([name, rps, r]) => ({
    name,
    rps: fmt(rps),
    ratio: `${(rps / staticRps).toFixed(2)}×`,
    p50: r.p50,
    p95: r.p95,
    p975: r.p97_5,
    p99: r.p99,
    errors: r.errors,
    kb: (r.bytesPerResponse / 1024).toFixed(1),
  }));
}

export function renderTable(report: BenchReport): string {
  const lines = [
    `${"route".padEnd(48)} ${"req/s".padStart(7)} ${"×static".padStart(8)} ${"p50".padStart(5)} ${"p95".padStart(5)} ${"p97.5".padStart(6)} ${"p99".padStart(5)} ${"errors".padStart(6)} ${"KB".padStart(6)}`,
  ];
  for (const r of routeRows(report)) {
    lines.push(
      `${r.name.padEnd(48)} ${r.rps.padStart(7)} ${r.ratio.padStart(8)} ${String(r.p50).padStart(5)} ${String(r.p95).padStart(5)} ${String(r.p975).padStart(6)} ${String(r.p99).padStart(5)} ${String(r.errors).padStart(6)} ${r.kb.padStart(6)}`,
    );
  }
  lines.push("", "Budgets:");
  for (const b of report.budgets)
    lines.push(`  ${b.pass ? "PASS" : "FAIL"}  ${b.name.padEnd(58)} ${b.value.padStart(9)}  (${b.limit})`);
  lines.push(
    "",
    `publish → visible: ${report.publishToVisible.runs.map((t) => `${t.toFixed(0)} ms`).join(", ")}; peak RSS ${report.peakRssMb} MB; staff saves stored: ${report.staffSave.saved}`,
  );
  return lines.join("\n");
}

export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const out = [
    `Measured ${report.date.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; ` +
      `${report.settings.meetings.toLocaleString("en")} meetings, ${report.settings.connections} connections, ${report.settings.seconds} s per route` +
      `${report.settings.instances ? `, ${report.settings.instances} instances` : ""}. Absolute numbers on a shared 2-core machine are noisy; the ratios to the static page measured in the same run are not.`,
    "",
    "| route | req/s | × static | p50 ms | p95 ms | p97.5 ms | p99 ms | errors | KB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...routeRows(report).map(
      (r) =>
        `| ${r.name} | ${r.rps} | ${r.ratio} | ${r.p50} | ${r.p95} | ${r.p975} | ${r.p99} | ${r.errors} | ${r.kb} |`,
    ),
    "",
    "| budget | limit | measured | |",
    "|---|---|---:|---|",
    ...report.budgets.map((b) => `| ${b.name} | ${b.limit} | ${b.value} | ${b.pass ? "PASS" : "**FAIL**"} |`),
    "",
    `Growth (p95 at ${report.settings.meetings.toLocaleString("en")} ÷ p95 at ${report.settings.smallMeetings.toLocaleString("en")} meetings): ` +
      report.growth.map((g) => `${g.name} ${g.ratio.toFixed(2)}`).join(", ") +
      ".",
    "",
    `Publish → visible: ${report.publishToVisible.runs.map((t) => `${t.toFixed(0)} ms`).join(", ")}. Peak resident memory of the server: ${report.peakRssMb} MB. Staff saves stored during the run: ${report.staffSave.saved}.`,
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
  await writeFile(file, next);
}
