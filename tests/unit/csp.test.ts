import { describe, expect, it } from "vitest";
import { cachedPagePolicy, noncePolicy } from "@/lib/security/csp";

describe("content security policies", () => {
  it("lets only nonce-carrying scripts run on pages rendered per request", () => {
    const policy = noncePolicy("abc123");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-inline' ");
  });

  it("needs no nonce on cached pages and never allows eval", () => {
    const policy = cachedPagePolicy();
    expect(policy).not.toMatch(/nonce-/);
    expect(policy).not.toContain("unsafe-eval");
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(policy).toContain(directive);
    }
  });
});
