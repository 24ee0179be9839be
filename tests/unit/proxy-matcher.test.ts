import { describe, expect, it } from "vitest";
// Next's own matching of the proxy's `config.matcher` (as the server runs it).
import * as staticInfo from "next/dist/build/analysis/get-page-static-info";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { config } from "@/proxy";
import { apiResources, apiRewrite } from "@/lib/api/views";
import { locales } from "@/i18n/routing";
import { canonicalView, viewRewrite } from "@/lib/validation/list-views";
import { localeToRemember } from "@/lib/http/locale-cookie";
import { isJunkView, viewTargetOf } from "@/lib/http/view-target";

// Not in the module's type declarations, but what Next's build calls on `config.matcher`.
const { getMiddlewareMatchers } = staticInfo as unknown as {
  getMiddlewareMatchers(matcher: unknown, nextConfig: object): never;
};
const matchers = getMiddlewareMatchers(config.matcher, {});
const matches = getMiddlewareRouteMatcher(matchers);

function proxied(url: string): boolean {
  const { pathname, searchParams } = new URL(url, "http://portal.test");
  const query = Object.fromEntries(searchParams);
  return matches(pathname, { headers: {}, cookies: {} } as never, query);
}

describe("which requests run the proxy", () => {
  it("not a public page under its locale, cached or not", () => {
    for (const path of [
      "/en",
      "/ar/",
      "/en/meetings",
      "/fr/meetings/eleventh-meeting",
      "/ru/structures/rtc-bishkek",
      "/ar/regions/eur",
      "/en/news/some-article",
      "/es/accessibility",
      "/en/search",
      "/en/meetings?_rsc=abc",
      "/en/meetings?utm_source=mail",
    ]) {
      expect(proxied(path), path).toBe(false);
    }
  });

  it("the staff area, sign-in and password pages in every locale", () => {
    for (const locale of locales) {
      for (const path of [
        `/${locale}/staff`,
        `/${locale}/staff/meetings/abc/agenda`,
        `/${locale}/sign-in`,
        `/${locale}/password/set`,
        `/${locale}/password/forgot`,
      ]) {
        expect(proxied(path), path).toBe(true);
      }
    }
  });

  it("paths without a locale, for the redirect to the visitor's language", () => {
    for (const path of ["/", "/meetings", "/staff", "/enquiries"]) expect(proxied(path), path).toBe(true);
    for (const path of ["/api/health", "/_next/static/x.js", "/favicon.ico", "/sitemap.xml"])
      expect(proxied(path), path).toBe(false);
  });

  it("every resource of the open data API, listed or by key, but not its canonical views nor the OpenAPI document", () => {
    for (const resource of Object.keys(apiResources)) {
      for (const path of [`/api/v1/${resource}`, `/api/v1/${resource}?locale=fr`, `/api/v1/${resource}/some-slug`])
        expect(proxied(path), path).toBe(true);
    }
    expect(proxied("/api/v1/view/abc")).toBe(false);
    expect(proxied("/api/v1/openapi.json")).toBe(false);
  });

  it("every list with any of the query parameters its canonical view keeps", () => {
    const samples: [string, string][] = [
      ["meetings", "region=eur&kind=workshop&year=2021&when=past&page=2"],
      ["news", "region=eur&topic=training&page=2"],
      ["structures", "region=eur&kind=rtc&page=2"],
      ["search", "q=customs&page=2"],
      ["meetings/calendar.ics", "region=eur&structure=rtc-bishkek"],
    ];
    for (const [list, query] of samples) {
      const name = list === "meetings/calendar.ics" ? "meetings/calendar" : list;
      // Each parameter the list's canonical view keeps…
      const kept = new URLSearchParams(canonicalView(name as never, new URLSearchParams(query)));
      expect([...kept.keys()].sort(), list).toEqual([...new URLSearchParams(query).keys()].sort());
      for (const [key, value] of kept) {
        // …brings a request that has it to the proxy, in every locale.
        const one = new URLSearchParams({ [key]: value });
        for (const locale of locales)
          expect(proxied(`/${locale}/${list}?${one}`), `${locale} ${list} ${key}`).toBe(true);
      }
    }
  });
});

describe("the locale cookie of public pages", () => {
  const request = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

  it("remembers a language that differs from the cookie, or from the browser's without one", () => {
    expect(localeToRemember(request("/fr/meetings", { "accept-language": "en-GB,en;q=0.9" }))).toBe("fr");
    expect(localeToRemember(request("/fr/meetings", { cookie: "a=1; NEXT_LOCALE=en" }))).toBe("fr");
    expect(localeToRemember(request("/fr", { cookie: "NEXT_LOCALE=fr" }))).toBeNull();
    expect(localeToRemember(request("/en", {}))).toBeNull();
    expect(localeToRemember(request("/ar?x=1", { "accept-language": "ar" }))).toBeNull();
  });

  it("leaves other requests alone: not a document, the proxy's pages, no locale, not a GET", () => {
    expect(localeToRemember(request("/fr/meetings", { "sec-fetch-dest": "image" }))).toBeNull();
    expect(localeToRemember(request("/fr/meetings", { rsc: "1" }))).toBeNull();
    expect(localeToRemember(request("/fr/staff"))).toBeNull();
    expect(localeToRemember(request("/fr/sign-in"))).toBeNull();
    expect(localeToRemember(request("/api/health"))).toBeNull();
    expect(localeToRemember({ method: "POST", url: "/fr/meetings", headers: {} })).toBeNull();
  });
});

describe("page loads of lists with a query, and API requests, go to their cached view before Next.js", () => {
  const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });

  it("rewrites a page load to the same view the proxy would, whatever the spelling", () => {
    const target = viewTargetOf(request("/en/search?q=customs&utm_source=mail"));
    expect(target).toMatch(/^\/en\/search\/view\/[A-Za-z0-9_-]+$/);
    expect(viewTargetOf(request("/en/search?utm_source=x&q=customs"))).toBe(target);
    expect(target).toBe(viewRewrite("/en/search", new URLSearchParams("q=customs")));
    expect(viewTargetOf(request("/ru/meetings?page=2&region=eur", {}, "HEAD"))).toBe(
      viewRewrite("/ru/meetings", new URLSearchParams("region=eur&page=2")),
    );
    expect(viewTargetOf(request("/api/v1/plans?locale=RU&junk=1"))).toBe(
      apiRewrite("/api/v1/plans", new URLSearchParams("locale=ru")),
    );
    expect(viewTargetOf(request("/api/v1/meetings"))).toMatch(/^\/api\/v1\/view\//);
  });

  it("leaves alone what has no view (no query, only defaults, not a list), client navigations and other methods", () => {
    for (const url of [
      "/en/meetings",
      "/en/meetings?utm_source=x",
      "/en/meetings?page=1",
      "/en/news/some-article?x=1",
      "/api/v1/openapi.json",
      "/api/v1/view/abc",
      "/api/health?x=1",
    ]) {
      expect(viewTargetOf(request(url)), url).toBeNull();
    }
    expect(viewTargetOf(request("/en/search?q=customs", { rsc: "1" }))).toBeNull();
    expect(viewTargetOf(request("/en/search?q=customs", { "next-router-prefetch": "1" }))).toBeNull();
    expect(viewTargetOf(request("/en/search?q=customs&_rsc=abc"))).toBeNull();
    expect(viewTargetOf(request("/en/search?q=customs", {}, "POST"))).toBeNull();
  });
});

describe("view paths that no URL maps to", () => {
  it("are junk: hand-made, malformed, non-canonical or empty segments, in every list and the API", () => {
    const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");
    for (const path of [
      `/en/meetings/view/${"A".repeat(8000)}`,
      "/en/meetings/view/",
      "/en/meetings/view",
      "/fr/news/view/not base64",
      `/ru/structures/view/${b64("kind=rtc&junk=1")}`,
      `/ar/search/view/${b64("page=2&q=x")}`,
      `/en/search/view/${b64("")}`,
      `/en/meetings/calendar/view/${b64("region=zz")}`,
      `/en/meetings/view/${b64("page=1")}`,
      `/en/meetings/view/${b64("region=eur")}/extra`,
      `/api/v1/view/${b64("meetings?junk=1")}`,
      `/api/v1/view/${b64("nothing")}`,
      "/api/v1/view/",
    ]) {
      expect(isJunkView(path), path).toBe(true);
    }
  });

  it("are not junk when the mapping makes them, nor is any other path", () => {
    for (const [list, query] of [
      ["meetings", "region=EUR&page=3"],
      ["news", "topic=training"],
      ["structures", "region=ap&kind=rtc"],
      ["search", "q=Bishkek&page=2"],
      ["meetings/calendar.ics", "region=eur"],
    ]) {
      const target = viewRewrite(`/en/${list}`, new URLSearchParams(query));
      expect(target, list).not.toBeNull();
      expect(isJunkView(target!), target!).toBe(false);
    }
    expect(isJunkView(apiRewrite("/api/v1/meetings", new URLSearchParams("region=eur"))!)).toBe(false);
    for (const path of ["/en/meetings", "/en/meetings/some-slug", "/api/v1/meetings", "/en/structures/view-point"])
      expect(isJunkView(path), path).toBe(false);
  });
});
