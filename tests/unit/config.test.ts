import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config-schema";

describe("configuration", () => {
  it("accepts an empty environment with defaults", () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.PORTAL_ENVIRONMENT).toBe("local");
  });

  it("names the bad variable in one line", () => {
    expect(() => parseConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => parseConfig({ PORT: "eighty" })).toThrow(/^Invalid configuration: PORT /);
    expect(() => parseConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgresql:\/\/ connection URL/);
  });

  it("requires a session secret in production", () => {
    expect(() => parseConfig({ PORTAL_ENVIRONMENT: "production" })).toThrow(/AUTH_SECRET is required/);
    expect(parseConfig({ PORTAL_ENVIRONMENT: "production", AUTH_SECRET: "x".repeat(40) }).AUTH_SECRET).toHaveLength(40);
  });

  it("treats empty values as unset", () => {
    expect(parseConfig({ PORT: "", DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
