// Issue 23: what the import screen's forms accept.
import { describe, expect, it } from "vitest";
import { confirmImportSchema, readImportSchema } from "@/lib/validation/imports";

const item = (title: string) => ({
  source: `${title}.txt`,
  sourceUrl: null,
  title,
  language: "en",
  publishedOn: null,
  body: "A body.",
  translationGroup: null,
  images: [],
});

describe("the import screen's forms", () => {
  it("read step: a file or an http(s) address is needed; other schemes are refused", () => {
    const file = new File(["x"], "a.txt");
    const empty = new File([], "");
    expect(readImportSchema.safeParse({ files: file, url: "" }).success).toBe(true);
    expect(readImportSchema.safeParse({ files: [file, empty] }).data?.files).toHaveLength(1);
    expect(readImportSchema.safeParse({ files: empty, url: "" }).success).toBe(false);
    expect(readImportSchema.safeParse({ url: "https://rocb.example.org/feed" }).success).toBe(true);
    expect(readImportSchema.safeParse({ url: "file:///etc/passwd" }).success).toBe(false);
    expect(readImportSchema.safeParse({ url: "ftp://rocb.example.org/feed" }).success).toBe(false);
  });

  it("import step: the items kept and the pairs chosen, out-of-range and self pairs dropped", () => {
    const batch = JSON.stringify([item("one"), item("two"), item("three")]);
    const parsed = confirmImportSchema.parse({
      batch,
      keep: ["0", "2", "9"],
      "pair-1": "0",
      "pair-2": "2",
      "pair-0": "",
      "pair-7": "1",
    });
    expect(parsed.keep).toEqual([0, 2]);
    expect(parsed.pairs).toEqual({ 1: 0 });
    expect(parsed.items.map((i) => i.title)).toEqual(["one", "two", "three"]);
  });

  it("import step: a batch that is not the items read, or nothing kept, is refused", () => {
    expect(confirmImportSchema.safeParse({ batch: "not json", keep: "0" }).success).toBe(false);
    expect(confirmImportSchema.safeParse({ batch: JSON.stringify([{ title: "x" }]), keep: "0" }).success).toBe(false);
    expect(confirmImportSchema.safeParse({ batch: JSON.stringify([item("one")]) }).success).toBe(false);
  });

  it("import step: each reviewed meeting as kept, edited or cleared; a meeting not kept is none", () => {
    const batch = JSON.stringify([item("one"), item("two"), item("three")]);
    const reviewed = (i: number, fields: Record<string, string>) =>
      Object.fromEntries(
        Object.entries({ reviewed: "1", kind: "WORKSHOP", ...fields }).map(([k, v]) => [`m-${i}-${k}`, v]),
      );
    const parsed = confirmImportSchema.parse({
      batch,
      keep: ["0", "1", "2"],
      ...reviewed(0, {
        keep: "1",
        number: "7",
        startDate: "2022-03-01",
        endDate: "",
        format: "",
        city: " Tirana ",
        country: "al",
      }),
      ...reviewed(1, {
        number: "",
        startDate: "2022-03-01",
        endDate: "2022-03-02",
        format: "VIRTUAL",
        city: "",
        country: "",
      }),
    });
    expect(parsed.reviews).toEqual({
      0: {
        kind: "WORKSHOP",
        seriesNumber: 7,
        startDate: "2022-03-01",
        endDate: "2022-03-01",
        format: null,
        city: "Tirana",
        country: "AL",
      },
      1: null,
    });
  });

  it("import step: a review that does not hold is refused, with the item it is about", () => {
    const batch = JSON.stringify([item("one")]);
    const base = { batch, keep: "0", "m-0-reviewed": "1", "m-0-keep": "1", "m-0-kind": "WORKSHOP" };
    for (const bad of [
      { "m-0-startDate": "2022-03-05", "m-0-endDate": "2022-03-01" },
      { "m-0-startDate": "5 March" },
      { "m-0-number": "0" },
      { "m-0-country": "Albania" },
      { "m-0-kind": "PARTY" },
      { "m-0-format": "ONLINE" },
    ]) {
      const result = confirmImportSchema.safeParse({ ...base, ...bad });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual([
        "m-0-startDate",
        "reviewInvalid",
      ]);
    }
  });
});
