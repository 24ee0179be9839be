import { describe, expect, it } from "vitest";
import {
  buildAttendeeCsv,
  decodeCsvText,
  groupCsvRows,
  neutraliseFormula,
  parseAttendeeCsv,
} from "@/lib/csv/attendee-csv";
import { csvColumns } from "@/lib/validation/attendees";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("the attendee CSV parser", () => {
  it("reads rows, numbering them as a spreadsheet does, and groups people by organization", () => {
    const parsed = parseAttendeeCsv(
      bytes(
        "role,structure_slug,organization_name,person_name,email\r\nHOST,rtc-bishkek,,Aigul,a@example.org\r\nHOST,rtc-bishkek,,Bakyt,\r\nPARTNER,,OSCE,,\r\n",
      ),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4]);
    const groups = groupCsvRows(parsed.rows);
    expect(groups.map((g) => [g.role, g.structureSlug || g.organizationName, g.people.map((p) => p.fullName)])).toEqual(
      [
        ["HOST", "rtc-bishkek", ["Aigul", "Bakyt"]],
        ["PARTNER", "OSCE", []],
      ],
    );
  });

  it("reports every bad cell by row and column, and refuses what is not a CSV text", () => {
    const parsed = parseAttendeeCsv(bytes("role,structure_slug,organization_name,person_name,email\nBOSS,,,,bad\n"));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => [i.row, i.column])).toEqual(
      expect.arrayContaining([
        [2, "role"],
        [2, "organization_name"],
      ]),
    );
    expect(parseAttendeeCsv(new Uint8Array([0x4d, 0x5a, 0, 0, 1, 2]))).toMatchObject({
      ok: false,
      fileError: "notText",
    });
    expect(decodeCsvText(bytes("\uFEFFrole\n"))).toBe("role\n");
  });

  it("writes the same columns back, with a BOM and spreadsheet formulas neutralised", () => {
    const row = Object.fromEntries(csvColumns.map((c) => [c, ""])) as Record<(typeof csvColumns)[number], string>;
    const csv = buildAttendeeCsv([{ ...row, role: "HOST", person_name: "=HYPERLINK(1)" }]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")[0]).toBe(csvColumns.map((c) => `"${c}"`).join(","));
    expect(csv).toContain("'=HYPERLINK(1)");
    expect(neutraliseFormula("@SUM")).toBe("'@SUM");
    expect(neutraliseFormula("plain")).toBe("plain");
  });
});
