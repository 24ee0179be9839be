import { describe, expect, it } from "vitest";
import { GET as newsRss } from "@/app/[locale]/news/feed.xml/route";
import { GET as newsJson } from "@/app/[locale]/news/feed.json/route";
import { GET as decisionsJson } from "@/app/[locale]/decisions/feed.json/route";
import { GET as meetingsIcs } from "@/app/[locale]/meetings/calendar.ics/route";
import { GET as meetingIcs } from "@/app/[locale]/meetings/[slug]/calendar.ics/route";
import { GET as seriesIcs } from "@/app/[locale]/meetings/series/[slug]/calendar.ics/route";

// The feed routes share localeFeed / slugFeed (lib/feeds/responses.ts): what
// a client sends that names no feed is a plain 404, never an error.

const request = new Request("http://localhost/feed");
const withLocale = (locale: string) => ({ params: Promise.resolve({ locale }) });
const withSlug = (locale: string, slug: string) => ({ params: Promise.resolve({ locale, slug }) });

describe("feed routes", () => {
  it("answer 404 for a locale the site does not have", async () => {
    for (const get of [newsRss, newsJson, meetingsIcs, decisionsJson]) {
      const response = await get(request, withLocale("xx"));
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("Not found");
    }
  });

  it("answer 404 for a malformed slug, an unknown locale or a slug nothing has", async () => {
    for (const get of [meetingIcs, seriesIcs]) {
      expect((await get(request, withSlug("en", "Not a slug!"))).status).toBe(404);
      expect((await get(request, withSlug("xx", "annual-meeting"))).status).toBe(404);
      expect((await get(request, withSlug("en", "no-such-thing-here"))).status).toBe(404);
    }
  });

  it("serve the feeds of a known locale", async () => {
    const rss = await newsRss(request, withLocale("fr"));
    expect(rss.status).toBe(200);
    expect(rss.headers.get("Content-Type")).toBe("application/rss+xml; charset=utf-8");
    expect(await rss.text()).toContain("<rss");
    const json = await newsJson(request, withLocale("fr"));
    expect(json.status).toBe(200);
    expect((await json.json()).language).toBe("fr");
    const ics = await meetingsIcs(request, withLocale("en"));
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain("BEGIN:VCALENDAR");
  });

  it("serve the register of decisions as a JSON Feed, each decision linked on its meeting's page (issue 21)", async () => {
    const response = await decisionsJson(request, withLocale("en"));
    expect(response.status).toBe(200);
    const feed = await response.json();
    expect(feed.feed_url).toMatch(/\/en\/decisions\/feed\.json$/);
    const seventh = feed.items.find((i: { content_text: string }) =>
      i.content_text.includes("The seventh informal meeting will be held"),
    );
    expect(seventh).toMatchObject({ language: "en", url: expect.stringMatching(/\/en\/meetings\/.+#decision-.+$/) });
    expect(seventh.title).toContain("Next meeting");
  });
});
