// Issue 18, item 11 (the API's part): the open data API answers what it
// cannot serve as its own JSON error, with the reason — a key that names no
// record, a bad parameter value — and refuses methods it does not offer with
// 405 and Allow. Route handlers are called as Next calls them, with the
// address the request seam and the proxy rewrite to (lib/api/views.ts).
import { describe, expect, it } from "vitest";
import * as catchAll from "@/app/api/v1/[...path]/route";
import * as openApi from "@/app/api/v1/openapi.json/route";
import * as viewRoute from "@/app/api/v1/view/[view]/route";
import { apiRewrite } from "@/lib/api/views";

/** The response to a GET as the rewrite sends it to the cached view route. */
async function get(address: string) {
  const url = new URL(address, "http://localhost:3000");
  const target = apiRewrite(url.pathname, url.searchParams);
  if (!target) return catchAll.GET(new Request(url));
  const view = target.split("/").pop()!;
  return viewRoute.GET(new Request(new URL(target, url)), { params: Promise.resolve({ view }) });
}

async function errorOf(response: Response) {
  expect(response.headers.get("content-type")).toContain("application/json");
  return ((await response.json()) as { error: { status: number; message: string } }).error;
}

describe("the API's errors", () => {
  it("answers an impossible key with its JSON 404, not the HTML page", async () => {
    for (const address of ["/api/v1/regions/ZZ", "/api/v1/meetings/%00", "/api/v1/news/%E0%A4%A", "/api/v1/nothing"]) {
      const response = await get(address);
      expect(response.status, address).toBe(404);
      expect((await errorOf(response)).status).toBe(404);
    }
    expect((await errorOf(await get("/api/v1/regions/ZZ"))).message).toContain("one of eur, ap, ams, esa, wca, mena");
  });

  it("answers a bad parameter value with 400 and the reason, instead of everything", async () => {
    const response = await get("/api/v1/meetings?region=zzz");
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toEqual({
      status: 400,
      message:
        'The parameter "region" has an invalid value: use one of eur, ap, ams, esa, wca, mena. See /api/v1/openapi.json.',
    });
    expect((await get("/api/v1/plans?page=0")).status).toBe(400);
    expect((await get("/api/v1/meetings?from=yesterday")).status).toBe(400);
  });

  it("refuses POST, PUT, PATCH, DELETE and OPTIONS with 405 and Allow, wherever they land", async () => {
    const handlers = { catchAll, openApi } as const;
    for (const [name, route] of Object.entries(handlers)) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const) {
        const response = await route[method]();
        expect(response.status, `${name} ${method}`).toBe(405);
        expect(response.headers.get("allow")).toBe("GET, HEAD");
        expect((await errorOf(response)).status).toBe(405);
      }
    }
    // The cached views answer GET only (a cached route would answer any method
    // with its body): the proxy sends them reads, the rest reaches the catch-all.
    expect(Object.keys(viewRoute).filter((name) => /^[A-Z]+$/.test(name))).toEqual(["GET"]);
  });
});
