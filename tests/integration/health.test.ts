import { describe, expect, it } from "vitest";

describe("GET /api/health", () => {
  it("answers 200 with the database reachable", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "reachable", cache: "local" });
  });
});
