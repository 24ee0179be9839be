import { describe, expect, it } from "vitest";
import { topicForQuery } from "@/lib/content/topic-for-query";

// The search page's alerts box preselects the topic the visitor's words name.

const topics = [
  { slug: "trade", name: "Trade" },
  { slug: "trade-facilitation", name: "Trade facilitation" },
  { slug: "enforcement", name: "Enforcement" },
  { slug: "laboratoires", name: "Laboratoires douaniers" },
];

describe("topicForQuery", () => {
  it("finds the topic named in the words, the longest name first", () => {
    expect(topicForQuery(topics, "trade facilitation workshops")).toBe("trade-facilitation");
    expect(topicForQuery(topics, "Trade statistics")).toBe("trade");
    expect(topicForQuery(topics, "ENFORCEMENT")).toBe("enforcement");
  });

  it("matches a part of a topic's name, accents and case aside", () => {
    expect(topicForQuery(topics, "DOUANIÈRS")).toBe("laboratoires");
    expect(topicForQuery(topics, "Laboratoires Douaniers à Riga")).toBe("laboratoires");
  });

  it("finds nothing for other words, empty words or a word inside another", () => {
    expect(topicForQuery(topics, "seminar in Baku")).toBeNull();
    expect(topicForQuery(topics, "")).toBeNull();
    expect(topicForQuery(topics, "trademark")).toBeNull();
    expect(topicForQuery(topics, "de")).toBeNull();
  });
});
