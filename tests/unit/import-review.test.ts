// Issue 23: the import screen's review laid over the extractor's proposal,
// and the series a number found in a text is given to.
import { describe, expect, it } from "vitest";
import { applyReview, seriesOfNumber } from "@/lib/import/review";
import type { Proposal } from "@/lib/import/types";

const proposal: Proposal = {
  source: "a.txt",
  title: "Seminar in Skopje",
  language: "en",
  publishedOn: null,
  isMeetingReport: true,
  meeting: {
    kind: "WORKSHOP",
    seriesNumber: 3,
    startDate: "2021-05-04",
    endDate: "2021-05-05",
    format: "IN_PERSON",
    city: "Skopje",
    country: "MK",
    region: "EUR",
    organizers: [],
    hosts: [],
    partners: [],
    participants: [],
    backToBack: [],
    decisions: ["Share the training plan."],
  },
  people: [],
  evidence: {},
};
const directory = { countryRegions: { MK: "EUR", JO: "MENA" } };

describe("a reviewed proposal", () => {
  it("no review: the proposal stands", () => {
    expect(applyReview(proposal, undefined, directory)).toBe(proposal);
  });

  it("a meeting refused: none, the item stays a news item", () => {
    expect(applyReview(proposal, null, directory)).toMatchObject({ isMeetingReport: false, meeting: null });
  });

  it("fields edited or cleared replace the proposal's; another country brings its region", () => {
    const reviewed = applyReview(
      proposal,
      {
        kind: "TRAINING",
        seriesNumber: null,
        startDate: "2021-05-04",
        endDate: "2021-05-06",
        format: null,
        city: "Amman",
        country: "JO",
      },
      directory,
    );
    expect(reviewed.meeting).toMatchObject({
      kind: "TRAINING",
      seriesNumber: null,
      endDate: "2021-05-06",
      format: null,
      city: "Amman",
      country: "JO",
      region: "MENA",
      decisions: ["Share the training plan."],
    });
  });
});

describe("the series of a number", () => {
  const europe = { id: "europe", regionId: "r-eur" };
  const global = { id: "global", regionId: null };
  it("the region's own series, else the one series for every region, else none", () => {
    expect(seriesOfNumber([europe, global], "r-eur")).toBe(europe);
    expect(seriesOfNumber([europe, global], "r-ap")).toBe(global);
    expect(seriesOfNumber([europe], "r-ap")).toBeNull();
    expect(seriesOfNumber([europe], null)).toBeNull();
    expect(seriesOfNumber([global, { id: "other", regionId: null }], "r-eur")).toBeNull();
  });
});
