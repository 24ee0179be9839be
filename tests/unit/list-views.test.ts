import { describe, expect, it } from "vitest";
import { canonicalView, viewParams, viewRewrite } from "@/lib/validation/list-views";

const search = (query: string) => new URLSearchParams(query);

describe("canonical views of public lists", () => {
  it("orders the valid parameters, drops unknown ones and defaults", () => {
    expect(canonicalView("meetings", search("year=2021&utm_source=x&region=EUR&page=1"))).toBe("region=eur&year=2021");
    expect(canonicalView("meetings", search("page=3&kind=regional-structures-meeting&when=upcoming"))).toBe(
      "kind=regional-structures-meeting&when=upcoming&page=3",
    );
    expect(canonicalView("news", search("topic=Integrity&region=ap"))).toBe("region=ap&topic=integrity");
    expect(canonicalView("structures", search("kind=vice-chair&region=wca"))).toBe("region=wca&kind=vice-chair");
  });

  it("drops bad values like unknown parameters", () => {
    expect(canonicalView("meetings", search("page=abc&region=atlantis&year=1066&kind=party"))).toBe("");
    expect(canonicalView("meetings", search("page=99999999"))).toBe("");
  });

  it("normalizes search words and refuses control characters", () => {
    expect(canonicalView("search", search("q=%20%20customs%20%20%20risk%20&page=2"))).toBe("q=customs+risk&page=2");
    expect(canonicalView("search", search("q=ﬁnance"))).toBe("q=finance");
    expect(canonicalView("search", search("q=a%00b"))).toBe("");
    expect(canonicalView("search", search("q=%E2%80%AEevil"))).toBe("q=evil");
  });

  it("rewrites a list with a query string to its view, and nothing else", () => {
    const target = viewRewrite("/fr/meetings", search("year=2021&region=EUR"));
    expect(target).toMatch(/^\/fr\/meetings\/view\/[A-Za-z0-9_-]+$/);
    expect(viewParams(target!.split("/").pop()!)).toEqual({ region: "eur", year: "2021" });
    expect(viewRewrite("/fr/meetings", search(""))).toBeNull();
    expect(viewRewrite("/fr/meetings", search("_rsc=abc"))).toBeNull();
    expect(viewRewrite("/fr/meetings", search("utm_source=x"))).toBeNull();
    expect(viewRewrite("/fr/meetings/some-meeting", search("page=2"))).toBeNull();
    expect(viewRewrite("/en/meetings/calendar.ics", search("region=eur"))).toMatch(/^\/en\/meetings\/calendar\/view\//);
    expect(viewRewrite("/ar/search", search("q=الجمارك"))).toMatch(/^\/ar\/search\/view\//);
  });

  it("reads a malformed view segment as the default view", () => {
    expect(viewParams("not base64url!")).toEqual({});
    expect(viewParams("")).toEqual({});
  });
});
