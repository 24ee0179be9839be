import { expect, test } from "@playwright/test";

// Issue 18, item 11 (the API's part), over HTTP against the production
// build: the read-only API refuses other methods with 405 and Allow (it used
// to answer them with 200 and data), answers an impossible key with its JSON
// 404 (not the HTML page), and a bad parameter value with 400 and the reason
// (not every record).

test.describe("the open data API's refusals", () => {
  test("POST, PUT, PATCH, DELETE and OPTIONS get 405 with Allow", async ({ request }) => {
    for (const path of ["/api/v1/meetings", "/api/v1/regions/eur", "/api/v1/openapi.json", "/api/v1/nothing-here"]) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
        const response = await request.fetch(path, { method, data: method === "OPTIONS" ? undefined : "x=1" });
        expect(response.status(), `${method} ${path}`).toBe(405);
        expect(response.headers()["allow"], `${method} ${path}`).toBe("GET, HEAD");
        expect(await response.json()).toMatchObject({ error: { status: 405 } });
      }
    }
    // GET and HEAD still answer.
    expect((await request.get("/api/v1/regions/eur")).status()).toBe(200);
    expect((await request.head("/api/v1/meetings")).status()).toBe(200);
  });

  test("an impossible key is the API's JSON 404", async ({ request }) => {
    for (const path of ["/api/v1/regions/ZZ", "/api/v1/meetings/%00", "/api/v1/nothing"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()["content-type"], path).toContain("application/json");
      expect(await response.json(), path).toMatchObject({ error: { status: 404, message: expect.any(String) } });
    }
  });

  test("a bad parameter value is 400 with the reason", async ({ request }) => {
    const response = await request.get("/api/v1/meetings?region=zzz");
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        status: 400,
        message:
          'The parameter "region" has an invalid value: use one of eur, ap, ams, esa, wca, mena. See /api/v1/openapi.json.',
      },
    });
    expect((await request.get("/api/v1/meetings?region=eur")).status()).toBe(200);
  });
});
