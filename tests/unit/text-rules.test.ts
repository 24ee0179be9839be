import { describe, expect, it } from "vitest";
import { lineString, multilineString, queryText, stripBidiControls } from "@/lib/validation/text-rules";
import { searchQuerySchema } from "@/lib/validation/search";
import { staffMeetingFiltersSchema } from "@/lib/validation/meetings";
import { relationSearchSchema } from "@/lib/validation/meeting-items";
import { parseAuditFilters } from "@/lib/validation/audit-filters";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe("single-line text", () => {
  const line = lineString().max(20);

  it("refuses NUL and other control characters", () => {
    for (const bad of ["a\u0000b", "\u0007bell", "esc\u001b[31m", "del\u007f", "c1\u0085x", "c1\u009bx"]) {
      expect(messages(line.safeParse(bad)), JSON.stringify(bad)).toContain("controlCharacters");
    }
  });

  it("refuses line breaks inside, trims them at the ends", () => {
    expect(messages(line.safeParse("two\nlines"))).toEqual(["lineBreak"]);
    expect(messages(line.safeParse("two\r\nlines"))).toEqual(["lineBreak"]);
    expect(messages(line.safeParse("para\u2029graph"))).toEqual(["lineBreak"]);
    expect(line.parse("  a title\n")).toBe("a title");
  });

  it("drops bidirectional embeddings, overrides and isolates, keeps LRM/RLM and Arabic", () => {
    expect(line.parse("\u202Egnp.exe")).toBe("gnp.exe");
    expect(line.parse("a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069")).toBe("abcdefgh");
    expect(line.parse("مكتب\u200F ROCB")).toBe("مكتب\u200F ROCB");
    expect(stripBidiControls("\u2067x\u2069")).toBe("x");
  });

  it("makes tabs spaces and counts the length after cleaning", () => {
    expect(line.parse("a\tb")).toBe("a b");
    expect(line.safeParse("\u202E".repeat(30) + "short").success).toBe(true);
  });
});

describe("multi-line text", () => {
  const text = multilineString().max(100);
  it("keeps line breaks, tabs and bidi isolates, refuses control characters", () => {
    expect(text.parse("one\ntwo\r\n\tthree \u2067عربي\u2069")).toBe("one\ntwo\r\n\tthree \u2067عربي\u2069");
    expect(messages(text.safeParse("body with a \u0000 byte"))).toEqual(["controlCharacters"]);
    expect(messages(text.safeParse("form\u000cfeed"))).toEqual(["controlCharacters"]);
  });
});

describe("query parameters", () => {
  it("are ignored, never an error, when they break a rule", () => {
    expect(queryText(100).parse("a\u0000b")).toBeUndefined();
    expect(queryText(100).parse(["bishkek", "x"])).toBe("bishkek");
    expect(queryText(100).parse("   ")).toBeUndefined();
    expect(queryText(5).parse("too long")).toBeUndefined();
  });

  it("search, the staff meeting filter, the related-meeting search and the audit filter follow them", () => {
    expect(searchQuerySchema.parse("customs\u0000")).toBe("");
    expect(searchQuerySchema.parse(undefined)).toBe("");
    expect(searchQuerySchema.parse(" customs ")).toBe("customs");
    expect(searchQuerySchema.parse("x".repeat(201))).toBe("");
    expect(staffMeetingFiltersSchema.parse({ q: "Bish\u0000kek", status: "draft" })).toEqual({
      q: undefined,
      status: "DRAFT",
      mine: false,
    });
    expect(relationSearchSchema.parse("\u0000")).toBeUndefined();
    expect(relationSearchSchema.parse("Brussels")).toBe("Brussels");
    expect(parseAuditFilters({ record: "abc\u0000" }).record).toBeUndefined();
  });
});

describe("ids and slugs in URLs", () => {
  it("a NUL or anything but letters and digits is no record id; a NUL is no slug", async () => {
    const { isRecordId, isSlugParam } = await import("@/lib/validation/record-id");
    expect(isRecordId("cmb3x9k2f0000abcd")).toBe(true);
    for (const bad of ["", "a\u0000b", "../x", "x".repeat(41), "a b"])
      expect(isRecordId(bad), JSON.stringify(bad)).toBe(false);
    expect(isSlugParam("11th-meeting-of-the-regional-structures-mx4e5hw9-2")).toBe(true);
    expect(isSlugParam("a\u0000b")).toBe(false);
    expect(isSlugParam("")).toBe(false);
  });
});
