// Reading and writing the attendees CSV (pure functions: no database).
// Import: bytes → text (UTF-8 text only) → rows checked one by one with zod,
// every problem reported with its row and column. Export: the same columns,
// with a BOM for Excel and spreadsheet formulas neutralised.
import Papa from "papaparse";
import type { z } from "zod";
import { sniffFileKind } from "@/lib/storage/file-types";
import { csvColumns, csvRowSchema, type CsvColumn, type CsvRow } from "@/lib/validation/attendees";

export const csvMaxBytes = 1024 * 1024;
export const csvMaxRows = 1000;

/** A problem in one cell (column) or row (column ""), row 1 being the header. */
export type CsvIssue = {
  row: number;
  column: string;
  /** A key of StaffAttendees.csvError, or absent when zodIssue says it. */
  key?: string;
  params?: Record<string, string | number>;
  zodIssue?: z.core.$ZodIssue;
};

export type CsvFileError = "tooLarge" | "notText" | "empty" | "tooManyRows";

export type ParsedCsvRow = CsvRow & { rowNumber: number };

export type CsvParseResult =
  { ok: true; rows: ParsedCsvRow[] } | { ok: false; fileError?: CsvFileError; issues: CsvIssue[] };

/** UTF-8 text or null: binaries (a known file type, NUL bytes) and other encodings are refused. */
export function decodeCsvText(bytes: Uint8Array): string | null {
  if (sniffFileKind(bytes) !== null || bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Our own export prefixes formulas with an apostrophe; reading it back removes it. */
const unneutralise = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "");

function checkHeader(header: string[]): CsvIssue[] {
  const issues: CsvIssue[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (name === "") continue;
    if (!(csvColumns as readonly string[]).includes(name)) issues.push({ row: 1, column: name, key: "unknownColumn" });
    else if (seen.has(name)) issues.push({ row: 1, column: name, key: "duplicateColumn" });
    seen.add(name);
  }
  if (!seen.has("role")) issues.push({ row: 1, column: "role", key: "missingColumn" });
  if (!seen.has("structure_slug") && !seen.has("organization_name")) {
    issues.push({ row: 1, column: "organization_name", key: "missingColumn" });
  }
  return issues;
}

export function parseAttendeeCsv(bytes: Uint8Array): CsvParseResult {
  if (bytes.length > csvMaxBytes) return { ok: false, fileError: "tooLarge", issues: [] };
  const text = decodeCsvText(bytes);
  if (text === null) return { ok: false, fileError: "notText", issues: [] };
  // Excel writes ";" in some locales; the delimiter is guessed among these.
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [",", ";", "\t"],
  });
  const records = parsed.data;
  if (!records.length || isBlank(records[0])) return { ok: false, fileError: "empty", issues: [] };
  const dataRows = records.slice(1).filter((cells) => !isBlank(cells)).length;
  if (dataRows === 0) return { ok: false, fileError: "empty", issues: [] };
  if (dataRows > csvMaxRows) return { ok: false, fileError: "tooManyRows", issues: [] };

  const header = records[0].map((name) => name.trim().toLowerCase());
  const issues: CsvIssue[] = checkHeader(header);
  for (const error of parsed.errors) {
    if (error.code === "UndetectableDelimiter") continue;
    issues.push({ row: (error.row ?? 0) + 1, column: "", key: "syntax" });
  }
  if (issues.length) return { ok: false, issues };

  const rows: ParsedCsvRow[] = [];
  records.forEach((cells, index) => {
    if (index === 0 || isBlank(cells)) return;
    const rowNumber = index + 1;
    if (cells.length > header.length && !isBlank(cells.slice(header.length))) {
      issues.push({ row: rowNumber, column: "", key: "tooManyCells", params: { count: header.length } });
      return;
    }
    const raw: Partial<Record<CsvColumn, string>> = {};
    header.forEach((name, column) => {
      if (name) raw[name as CsvColumn] = unneutralise(cells[column] ?? "");
    });
    const result = csvRowSchema.safeParse(raw);
    if (result.success) rows.push({ ...result.data, rowNumber });
    else
      for (const issue of result.error.issues)
        issues.push({ row: rowNumber, column: String(issue.path[0] ?? ""), zodIssue: issue });
  });
  return issues.length ? { ok: false, issues } : { ok: true, rows };
}

export type CsvAttendeeGroup = {
  role: CsvRow["role"];
  structureSlug: string;
  organizationName: string;
  organizationKind: CsvRow["organization_kind"];
  country: string;
  rowNumbers: number[];
  people: { fullName: string; jobTitle: string; publicConsent: boolean; email: string; phone: string }[];
};

/** Rows of the same role and organization make one attendee, in the order they first appear. */
export function groupCsvRows(rows: ParsedCsvRow[]): CsvAttendeeGroup[] {
  const groups = new Map<string, CsvAttendeeGroup>();
  for (const row of rows) {
    const key = row.structure_slug
      ? `${row.role}|s|${row.structure_slug}`
      : `${row.role}|o|${row.organization_name.toLocaleLowerCase("en")}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        role: row.role,
        structureSlug: row.structure_slug,
        organizationName: row.structure_slug ? "" : row.organization_name,
        organizationKind: row.organization_kind,
        country: row.country,
        rowNumbers: [],
        people: [],
      };
      groups.set(key, group);
    }
    group.rowNumbers.push(row.rowNumber);
    group.organizationKind ||= row.organization_kind;
    group.country ||= row.country;
    if (row.person_name) {
      group.people.push({
        fullName: row.person_name,
        jobTitle: row.job_title,
        publicConsent: row.public_consent,
        email: row.email,
        phone: row.phone,
      });
    }
  }
  return [...groups.values()];
}

/** A cell a spreadsheet would run as a formula gets an apostrophe in front (OWASP "CSV injection"). */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The export: a UTF-8 BOM (so Excel reads the accents), a header row, every cell quoted and neutralised. */
export function buildAttendeeCsv(rows: Record<CsvColumn, string>[]): string {
  const data = rows.map((row) => csvColumns.map((column) => neutraliseFormula(row[column] ?? "")));
  return `\uFEFF${Papa.unparse({ fields: [...csvColumns], data }, { quotes: true, newline: "\r\n" })}\r\n`;
}
