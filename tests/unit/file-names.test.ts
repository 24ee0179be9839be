import { describe, expect, it } from "vitest";
import { safeFileName } from "@/lib/storage/file-names";

describe("safeFileName (issue 18, item 10)", () => {
  it("drops C0, DEL and C1 controls", () => {
    expect(safeFileName("a\u0000b\u0007c\u007fd\u0085e\u009bf.pdf", "pdf")).toBe("abcdef.pdf");
  });

  it("drops invisible direction controls, so a name cannot disguise its type", () => {
    expect(safeFileName("report\u202Efdp.exe", "pdf")).toBe("reportfdp.exe.pdf");
    expect(safeFileName("\u2066invoice\u2069.pdf", "pdf")).toBe("invoice.pdf");
  });

  it("keeps letters of every script and the Arabic marks", () => {
    expect(safeFileName("تقرير\u200F.pdf", "pdf")).toBe("تقرير\u200F.pdf");
    expect(safeFileName("отчёт.pdf", "pdf")).toBe("отчёт.pdf");
  });
});
