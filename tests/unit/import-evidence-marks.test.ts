// Issue 23: the evidence sentences are marked in the text shown beside the
// proposed fields (Import screen, Start from a report), though the extractor
// flattened their spaces and read Arabic-Indic digits as 0–9.
import { describe, expect, it } from "vitest";
import { evidenceMarks } from "@/lib/import/evidence-marks";

const marked = (text: string, sentences: string[]) => evidenceMarks(text, sentences).map(([a, b]) => text.slice(a, b));

describe("the evidence marked in a text", () => {
  it("finds each sentence once, in order, across line breaks and repeated spaces", () => {
    const text = "Officers met in Osh.\nThe seminar was held\non 2-4 June 2023  in Osh. It closed with a visit.";
    expect(
      marked(text, [
        "It closed with a visit.",
        "The seminar was held on 2-4 June 2023 in Osh.",
        "It closed with a visit.",
      ]),
    ).toEqual(["The seminar was held\non 2-4 June 2023  in Osh.", "It closed with a visit."]);
  });

  it("finds a sentence whose digits the text writes in Arabic-Indic", () => {
    const text = "عُقد الاجتماع في ١٢-١٥ أكتوبر ٢٠٢١ في بيشكيك.";
    expect(marked(text, ["عُقد الاجتماع في 12-15 أكتوبر 2021 في بيشكيك."])).toEqual([text]);
  });

  it("leaves out a sentence that is not there, and one overlapping a sentence already marked", () => {
    const text = "The meeting was held in Baku. Decisions followed.";
    expect(marked(text, ["Nothing of this.", "The meeting was held in Baku.", "held in Baku. Decisions"])).toEqual([
      "The meeting was held in Baku.",
    ]);
  });
});
