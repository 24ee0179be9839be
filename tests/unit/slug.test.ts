import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugify } from "@/lib/content/slug";

describe("the one slugify", () => {
  it("makes ASCII slugs, with a fallback when too little is left", () => {
    expect(slugify("Trainers' Forum in Baku — 2026!")).toBe("trainers-forum-in-baku-2026");
    expect(slugify("Совещание", "meeting")).toBe("meeting");
    expect(slugify("ab", "article")).toBe("article");
    expect(slugify("Organisation mondiale des douanes", "organization", 20)).toBe("organisation-mondial");
  });

  it("finds the first free variant", () => {
    expect(firstFreeSlug("forum", [])).toBe("forum");
    expect(firstFreeSlug("forum", ["forum", "forum-2"])).toBe("forum-3");
  });
});
