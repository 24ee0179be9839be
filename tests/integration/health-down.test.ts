import { describe, expect, it } from "vitest";

describe("GET /api/health without a database", () => {
  it("answers 503", async () => {
    // Nothing listens on port 1: the client cannot connect.
    process.env.DATABASE_URL = "postgresql://nobody:none@127.0.0.1:1/none";
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "unreachable", cache: "local" });
  });
});
