import { describe, expect, it } from "vitest";
import { cacheTags, normalizeTags } from "@/lib/cache/tags";

describe("cache tags of a page", () => {
  it("are deduplicated", () => {
    expect(normalizeTags([cacheTags.meeting("a"), cacheTags.meetings, cacheTags.meeting("a")])).toEqual([
      "meeting:a",
      "meetings",
    ]);
  });

  it("fall back to collection tags beyond what Next.js stores per entry", () => {
    const many = Array.from({ length: 150 }, (_, i) => cacheTags.structure(`s${i}`));
    expect(normalizeTags([...many, cacheTags.meeting("m"), cacheTags.regions])).toEqual([
      "meetings",
      "regions",
      "structures",
    ]);
  });
});
