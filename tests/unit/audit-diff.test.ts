import { describe, expect, it } from "vitest";
import { auditDiff, recordEditorPath } from "@/lib/audit/diff";

describe("audit diff", () => {
  it("flattens nested values into dotted fields and marks what changed", () => {
    const rows = auditDiff(
      { name: "Old", active: true, translations: { en: { title: "A" }, fr: { title: "B" } }, tags: ["x"] },
      {
        name: "New",
        active: true,
        translations: { en: { title: "A" }, fr: { title: "C" } },
        tags: ["x", "y"],
        added: 3,
      },
    );
    expect(rows).toEqual([
      { field: "name", before: "Old", after: "New", changed: true },
      { field: "active", before: "true", after: "true", changed: false },
      { field: "translations.en.title", before: "A", after: "A", changed: false },
      { field: "translations.fr.title", before: "B", after: "C", changed: true },
      { field: "tags.0", before: "x", after: "x", changed: false },
      { field: "tags.1", before: null, after: "y", changed: true },
      { field: "added", before: null, after: "3", changed: true },
    ]);
  });

  it("handles creations, deletions, empty objects and plain values", () => {
    expect(auditDiff(null, { a: 1 })).toEqual([{ field: "a", before: null, after: "1", changed: true }]);
    expect(auditDiff({ a: 1 }, undefined)).toEqual([{ field: "a", before: "1", after: null, changed: true }]);
    expect(auditDiff(null, null)).toEqual([]);
    expect(auditDiff({ list: [] }, { list: [] })).toEqual([
      { field: "list", before: "[]", after: "[]", changed: false },
    ]);
    expect(auditDiff("x", "y")).toEqual([{ field: "value", before: "x", after: "y", changed: true }]);
  });

  it("stops flattening deep structures and shows them as JSON", () => {
    const deep = { a: { b: { c: { d: { e: 1 } } } } };
    expect(auditDiff(deep, deep)).toEqual([{ field: "a.b.c.d", before: '{"e":1}', after: '{"e":1}', changed: false }]);
  });

  it("links records to their staff editor where there is one", () => {
    expect(recordEditorPath("meeting", "m1")).toBe("/staff/meetings/m1");
    expect(recordEditorPath("NewsArticle", "n1")).toBe("/staff/news/n1");
    expect(recordEditorPath("news", "n1")).toBe("/staff/news/n1");
    expect(recordEditorPath("structure", "s1")).toBe("/staff/structures/s1");
    expect(recordEditorPath("user", "u/1")).toBe("/staff/users/u%2F1");
    expect(recordEditorPath("attendee", "a1")).toBeNull();
  });
});
