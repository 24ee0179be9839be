import ICAL from "ical.js";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { problemMessage } from "@/lib/api/problems";
import { apiRequest, apiRewrite, apiView, parseApiView } from "@/lib/api/views";
import { jsonFeed } from "@/lib/feeds/json-feed";
import { foldLine, meetingsToIcs, type CalendarMeeting } from "@/lib/feeds/ics";
import { jsonFeedErrors } from "../support/open-data-schemas";

const search = (query: string) => new URLSearchParams(query);

describe("the open data API's canonical views", () => {
  it("keeps valid parameters in the schema's order and drops unknown ones and defaults", () => {
    expect(
      apiView("/api/v1/meetings", search("utm=x&to=2021-12-31&region=EUR&locale=ru&page=1&kind=workshop&from=")),
    ).toEqual({
      resource: "meetings",
      key: null,
      query: { locale: "ru", region: "eur", kind: "workshop", to: "2021-12-31" },
    });
    expect(apiView("/api/v1/meetings", search("locale=en&pageSize=50&page=1"))?.query).toEqual({});
    expect(apiView("/api/v1/meetings/Bishkek-2021", search("locale=fr&region=eur"))).toEqual({
      resource: "meetings",
      key: "bishkek-2021",
      query: { locale: "fr" },
    });
    expect(apiView("/api/v1/users", search(""))).toBeNull();
    expect(apiView("/api/v1/plans", search("region=EUR&locale=ar&page=1&status=draft"))).toEqual({
      resource: "plans",
      key: null,
      query: { locale: "ar", region: "eur" },
    });
    expect(apiView("/api/v1/plans/Europe-2021-2022", search("locale=ru&region=eur"))).toEqual({
      resource: "plans",
      key: "europe-2021-2022",
      query: { locale: "ru" },
    });
  });

  it("refuses an impossible key (404) and a bad parameter value (400), each with one canonical error view", () => {
    expect(apiRequest("/api/v1/regions/ZZ", search(""))).toEqual({ status: 404, resource: "regions" });
    expect(apiRequest("/api/v1/meetings/%00", search(""))).toEqual({ status: 404, resource: "meetings" });
    expect(apiRequest("/api/v1/meetings/%E0%A4%A", search(""))).toEqual({ status: 404, resource: "meetings" });
    expect(apiRequest("/api/v1/meetings", search("region=zzz&page=0"))).toEqual({
      status: 400,
      resource: "meetings",
      keyed: false,
      parameter: "region",
    });
    expect(apiRequest("/api/v1/news/some-article", search("locale=xx"))).toEqual({
      status: 400,
      resource: "news",
      keyed: true,
      parameter: "locale",
    });
    // Whatever the bad value, one error view per resource and parameter: the cache stays bounded.
    const a = apiRewrite("/api/v1/meetings", search("region=zzz"));
    expect(apiRewrite("/api/v1/meetings", search("region=%00%01&utm=1"))).toBe(a);
    expect(parseApiView(a!.split("/").pop()!)).toMatchObject({ status: 400, parameter: "region" });
    expect(problemMessage({ status: 400, resource: "meetings", keyed: false, parameter: "region" })).toBe(
      'The parameter "region" has an invalid value: use one of eur, ap, ams, esa, wca, mena. See /api/v1/openapi.json.',
    );
    expect(problemMessage({ status: 400, resource: "meetings", keyed: false, parameter: "pageSize" })).toContain(
      "a whole number from 1 to 100",
    );
    // Error views a client writes itself are refused unless canonical.
    const forged = (text: string) => Buffer.from(text).toString("base64url");
    expect(parseApiView(forged("error/400/meetings/nonsense"))).toBeNull();
    expect(parseApiView(forged("error/404/regions/extra"))).toBeNull();
  });

  it("maps every spelling of one request to one view, and only canonical views are served", () => {
    const a = apiRewrite("/api/v1/meetings", search("region=eur&locale=ru&junk=1"));
    const b = apiRewrite("/api/v1/meetings/", search("locale=ru&region=EUR"));
    expect(a).toBe(b);
    const segment = a!.split("/").pop()!;
    expect(parseApiView(segment)).toEqual({ resource: "meetings", key: null, query: { locale: "ru", region: "eur" } });
    const junk = Buffer.from("meetings?region=eur&locale=ru&junk=1").toString("base64url");
    expect(parseApiView(junk)).toBeNull();
    expect(parseApiView("not base64!")).toBeNull();
  });
});

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3 document, generated from the zod schemas the API validates with", async () => {
    const document = openApiDocument() as {
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string; in: string }[] } }>;
      components: { schemas: Record<string, unknown> };
    };
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths).sort()).toEqual([
      "/decisions",
      "/decisions/{id}",
      "/meetings",
      "/meetings/{slug}",
      "/news",
      "/news/{slug}",
      "/plans",
      "/plans/{slug}",
      "/regions",
      "/regions/{code}",
      "/structures",
      "/structures/{slug}",
    ]);
    expect(document.paths["/plans"].get.parameters.map((p) => p.name)).toEqual(["locale", "region", "page"]);
    const meetingParams = document.paths["/meetings"].get.parameters.map((p) => p.name);
    expect(meetingParams).toEqual([
      "locale",
      "region",
      "structure",
      "series",
      "kind",
      "from",
      "to",
      "page",
      "pageSize",
    ]);
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        "Meeting",
        "MeetingSummary",
        "Structure",
        "Region",
        "News",
        "PageMeta",
        "Plan",
        "PlanSummary",
        "PlanCompletion",
      ]),
    );
  });
});

describe("JSON Feed", () => {
  it("writes version 1.1 with authors and languages", () => {
    const feed = jsonFeed({
      title: "News",
      home_page_url: "https://portal.test/en/news",
      feed_url: "https://portal.test/en/news/feed.json",
      language: "en",
      authors: [{ name: "Regional Structures Portal" }],
      items: [
        {
          id: "https://portal.test/en/news/a",
          url: "https://portal.test/en/news/a",
          title: "A",
          content_text: "Text",
          date_published: "2021-10-18T06:00:00.000Z",
          language: "ru",
        },
      ],
    });
    expect(jsonFeedErrors(feed)).toEqual([]);
    expect(jsonFeedErrors({ ...feed, version: "https://jsonfeed.org/version/1" })).not.toEqual([]);
  });
});

describe("calendars", () => {
  const meeting = (overrides: Partial<CalendarMeeting>): CalendarMeeting => ({
    id: "m1",
    slug: "bishkek-2021",
    title: "11th Meeting of the Regional Structures",
    summary: "Summary",
    startsAt: new Date("2021-10-12T03:00:00Z"),
    endsAt: new Date("2021-10-15T11:00:00Z"),
    timeZone: "Asia/Bishkek",
    location: "Bishkek, Kyrgyzstan",
    updatedAt: new Date("2021-10-18T06:00:00Z"),
    status: "PUBLISHED",
    categories: ["Regional structures meeting"],
    timesText: "12–15 October 2021, 09:00–17:00 Kyrgyzstan Time (GMT+6)",
    ...overrides,
  });
  const options = {
    calendarName: "Portal — Meetings, Europe; 2021",
    urlFor: (slug: string) => `https://portal.test/en/meetings/${slug}`,
    host: "portal.test",
    source: "https://portal.test/en/meetings/calendar.ics",
  };

  it("names the calendar (RFC 7986), shows multi-day meetings as all-day spans and one-day ones with their times", () => {
    const text = meetingsToIcs(
      [
        meeting({}),
        meeting({
          id: "m2",
          slug: "one-day",
          startsAt: new Date("2021-11-02T03:00:00Z"),
          endsAt: new Date("2021-11-02T10:00:00Z"),
        }),
      ],
      options,
    );
    const calendar = new ICAL.Component(ICAL.parse(text));
    // NAME is TEXT (RFC 7986 §5.1): commas and semicolons escaped.
    expect(text).toContain("NAME:Portal — Meetings\\, Europe\\; 2021\r\n");
    expect(String(calendar.getFirstPropertyValue("refresh-interval"))).toBe("PT12H");
    expect(calendar.getFirstPropertyValue("source")).toBe(options.source);
    const [multi, single] = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(multi.startDate.isDate).toBe(true);
    expect(multi.startDate.toString()).toBe("2021-10-12");
    expect(multi.endDate.toString()).toBe("2021-10-16");
    expect(multi.description).toContain("09:00–17:00");
    expect(multi.component.getFirstPropertyValue("categories")).toBe("Regional structures meeting");
    expect(single.startDate.isDate).toBe(false);
    expect(single.startDate.toJSDate().toISOString()).toBe("2021-11-02T03:00:00.000Z");
  });

  it("an empty calendar still has its name", () => {
    const text = meetingsToIcs([], options);
    expect(new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue("refresh-interval")).toBeTruthy();
    expect(text).toContain("NAME:Portal — Meetings\\, Europe\\; 2021\r\n");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const line = `NAME:${"Совещание ".repeat(20)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });
});
