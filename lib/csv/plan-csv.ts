// The CSV export of a public plan: one row per indicator of each activity (an
// activity without indicators has one row), the same figures as the plan page.
import Papa from "papaparse";
import type { PublicPlan } from "@/lib/data/plans/get-public-plans";
import { neutraliseFormula } from "./attendee-csv";

export const planCsvColumns = [
  "structure",
  "activity",
  "status",
  "plannedStart",
  "plannedEnd",
  "actualStart",
  "actualEnd",
  "indicator",
  "unit",
  "target",
  "accepted",
] as const;

const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export function buildPlanCsv(
  plan: PublicPlan,
  header: Record<(typeof planCsvColumns)[number], string>,
  statusLabel: (status: string) => string,
): string {
  const data = plan.groups.flatMap(({ structure, activities }) =>
    activities.flatMap((a) => {
      const base = [
        structure.name,
        a.title,
        statusLabel(a.status),
        iso(a.plannedStart),
        iso(a.plannedEnd),
        iso(a.actualStart),
        iso(a.actualEnd),
      ];
      const rows = a.indicators.length
        ? a.indicators.map((i) => [...base, i.name, i.unit, String(i.target), String(i.accepted)])
        : [[...base, "", "", "", ""]];
      return rows.map((row) => row.map(neutraliseFormula));
    }),
  );
  return `\uFEFF${Papa.unparse({ fields: planCsvColumns.map((c) => header[c]), data }, { quotes: true, newline: "\r\n" })}\r\n`;
}
