// Issue 23: the extractor on its own set (tests/fixtures/import/extractor-set.ts,
// 41 items written for these tests in five languages), field by field against
// the goals, and the single phrasings the issue names.
import { describe, expect, it } from "vitest";
import { findDateRange } from "@/lib/import/dates";
import { decisionKindOf, extractMeeting } from "@/lib/import/extract-meeting";
import { testDirectory } from "../fixtures/import/directory";
import { blindSet1 } from "../fixtures/import/blind-set-1";
import { blindSet2 } from "../fixtures/import/blind-set-2";
import { blindSet3 } from "../fixtures/import/blind-set-3";
import { extractorSet } from "../fixtures/import/extractor-set";
import { scoreExtractor } from "../fixtures/import/score";

describe("dates in the five languages", () => {
  it.each([
    ["was held on 12-15 October 2021.", "en", ["2021-10-12", "2021-10-15"]],
    ["took place on 09-10 May 2011", "en", ["2011-05-09", "2011-05-10"]],
    ["on October 12-15, 2021", "en", ["2021-10-12", "2021-10-15"]],
    ["from 28 February to 4 March 2022", "en", ["2022-02-28", "2022-03-04"]],
    ["s'est tenue du 3 au 5 mars", "fr", ["2020-03-03", "2020-03-05"]],
    ["du 12 au 15 octobre 2021", "fr", ["2021-10-12", "2021-10-15"]],
    ["с 12 по 15 октября 2021 года", "ru", ["2021-10-12", "2021-10-15"]],
    ["12–15 октября 2021 г.", "ru", ["2021-10-12", "2021-10-15"]],
    ["del 2 al 4 de febrero", "es", ["2020-02-02", "2020-02-04"]],
    ["el 4 de mayo de 2023", "es", ["2023-05-04", "2023-05-04"]],
    ["في الفترة من ١٤ إلى ١٦ نوفمبر ٢٠٢٢", "ar", ["2022-11-14", "2022-11-16"]],
    ["يومي ٦ و٧ أبريل ٢٠٢١", "ar", ["2021-04-06", "2021-04-07"]],
    ["с 12.10.2021 по 15.10.2021", "ru", ["2021-10-12", "2021-10-15"]],
    ["12-15.10.2021 г.", "ru", ["2021-10-12", "2021-10-15"]],
    ["on 30 October - 1 November 2018", "en", ["2018-10-30", "2018-11-01"]],
  ] as const)("%s", (text, language, [start, end]) => {
    expect(findDateRange(text, language, 2020)).toMatchObject({ start, end });
  });
  it("reads no date from a meeting's number", () => {
    expect(findDateRange("The 11th Meeting of the Regional Structures", "en", 2020)).toBeNull();
  });
});

describe("the founding example, in the style of the network's reports", () => {
  const proposal = extractMeeting(
    {
      source: "example.txt",
      sourceUrl: null,
      title: extractorSet[0].title,
      body: extractorSet[0].body,
      language: null,
      publishedOn: "2021-10-20",
      translationGroup: null,
      images: [],
    },
    testDirectory,
  );
  it("proposes every field with the sentence it came from", () => {
    expect(proposal).toMatchObject({
      language: "en",
      isMeetingReport: true,
      meeting: {
        kind: "REGIONAL_STRUCTURES_MEETING",
        seriesNumber: 11,
        startDate: "2021-10-12",
        endDate: "2021-10-15",
        format: "IN_PERSON",
        city: "Bishkek",
        country: "KG",
        region: "EUR",
        organizers: [{ name: "ROCB Europe", structure: "rocb-europe", organization: null }],
        hosts: [{ name: "RTC in Bishkek", structure: "rtc-bishkek", organization: null }],
        partners: [{ name: "OSCE Programme Office in Bishkek", structure: null, organization: "osce-bishkek" }],
        decisions: ["The participants took a decision to prepare a common plan of activities for the next two years."],
      },
    });
    expect(proposal.evidence.startDate).toMatch(/^The 11th Meeting .* was held on 12-15 October 2021 in Bishkek\.$/);
    expect(proposal.evidence.city).toBe(proposal.evidence.startDate);
    expect(proposal.evidence.hosts).toMatch(/hosted by the RTC in Bishkek/);
    expect(proposal.evidence.decisions).toMatch(/took a decision/);
  });
  it("finds people with their roles (who then stay private)", () => {
    const p = extractMeeting(
      {
        ...{
          source: "x",
          sourceUrl: null,
          language: "en" as const,
          publishedOn: null,
          translationGroup: null,
          images: [],
        },
        title: "Workshop closed",
        body: "The workshop was held on 3 May 2022 in Nairobi. Ms. Amina Njoroge, Head of the Regional Office, closed the workshop.",
      },
      testDirectory,
    );
    expect(p.people).toEqual([{ name: "Amina Njoroge", role: "Head of the Regional Office" }]);
  });
});

// More sets were written afterwards by other authors, blind to
// the extractor and to its own set. The first (20 items), scored before any
// change: meeting or not 90 %, dates 82 %, city 88 %, series number 100 %, format
// 88 %, kind 76 %, decisions 76 %, organizations F1 0.54. The second (25 items),
// scored after the changes made for the first's misses and before any for its
// own: 100 %, 100 %, 90 %, 86 %, 100 %, 90 %, 95 %, F1 0.51. A third (25 items,
// a third author), scored once after every change and before joining: 92 %,
// 100 %, 95 %, 95 %, 100 %, 100 %, 86 %, F1 0.70. All three are now part of the
// set the goals are checked on, and their own scores are printed.
const blind = [...blindSet1, ...blindSet2, ...blindSet3];
const percent = (r: ReturnType<typeof scoreExtractor>) =>
  Object.fromEntries(Object.entries(r.scores).map(([k, v]) => [k, Math.round(v.value * 100)]));

describe("the extractor's own set", () => {
  const result = scoreExtractor([...extractorSet, ...blind]);
  it("prints the blind sets' scores on their own", () => {
    const own = scoreExtractor(blind);
    console.info("blind sets' scores (%):", percent(own), "organizations F1:", own.f1.toFixed(2));
    expect(own.scores["meeting or not"].total).toBe(blind.length);
  });
  it("has at least 40 items in the five languages", () => {
    expect(extractorSet.length + blind.length).toBeGreaterThanOrEqual(80);
    expect(new Set([...extractorSet, ...blind].map((i) => i.language))).toEqual(
      new Set(["en", "fr", "es", "ru", "ar"]),
    );
  });
  it("meets the issue's goals field by field", () => {
    const scores = percent(result);
    console.info(
      "extractor scores (%):",
      scores,
      "organizations F1:",
      result.f1.toFixed(2),
      "slowest item (ms):",
      Math.round(result.slowest),
    );
    expect(result.scores["meeting or not"].value).toBeGreaterThanOrEqual(0.95);
    expect(result.scores.dates.value).toBeGreaterThanOrEqual(0.9);
    expect(result.scores.city.value).toBeGreaterThanOrEqual(0.9);
    expect(result.scores["series number"].value).toBeGreaterThanOrEqual(0.9);
    expect(result.scores.format.value).toBeGreaterThanOrEqual(0.85);
    expect(result.scores.kind.value).toBeGreaterThanOrEqual(0.8);
    expect(result.scores.decisions.value).toBeGreaterThanOrEqual(0.7);
    expect(result.f1).toBeGreaterThanOrEqual(0.75);
  });
});

describe("a decision's kind for the register", () => {
  it.each([
    ["The participants took a decision to develop a joint action plan for the centres.", "ACTION_PLAN"],
    ["Les participants ont adopté un plan d'action commun.", "ACTION_PLAN"],
    ["Участники утвердили план совместных действий на 2025 год.", "ACTION_PLAN"],
    ["اعتمد المشاركون خطة عمل مشتركة.", "ACTION_PLAN"],
    ["They agreed to hold the seventh meeting before the committee's next session.", "NEXT_MEETING"],
    ["La próxima reunión se celebrará en Lima.", "NEXT_MEETING"],
    ["Решили провести следующее совещание в Баку.", "NEXT_MEETING"],
    ["The meeting requested the WCO Secretariat to circulate the survey.", "SECRETARIAT_REQUEST"],
    ["Ils ont adopté la stratégie régionale de formation.", "POLICY"],
    ["The participants agreed to exchange trainers.", "OTHER"],
  ])("%s → %s", (text, kind) => {
    expect(decisionKindOf(text)).toBe(kind);
  });
});
