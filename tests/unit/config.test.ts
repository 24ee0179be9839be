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
    expect(() => parseConfig({ DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL must be a postgresql:\/\/ connection URL/,
    );
  });

  it("requires a session secret in production", () => {
    expect(() => parseConfig({ PORTAL_ENVIRONMENT: "production" })).toThrow(/AUTH_SECRET is required/);
    expect(
      parseConfig({ PORTAL_ENVIRONMENT: "production", AUTH_SECRET: "x".repeat(40), SMTP_URL: "smtp://mail:587" })
        .AUTH_SECRET,
    ).toHaveLength(40);
  });

  it("requires SMTP in production, with one line naming it: links never go to the log or the outbox there", () => {
    const production = { PORTAL_ENVIRONMENT: "production", AUTH_SECRET: "x".repeat(40) };
    expect(() => parseConfig(production)).toThrow(
      /^Invalid configuration: SMTP_URL is required when PORTAL_ENVIRONMENT=production/,
    );
    expect(() => parseConfig({ ...production, SMTP_URL: "" })).toThrow(/SMTP_URL is required/);
    const refusal = () => {
      try {
        parseConfig(production);
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(refusal().split("\n")).toHaveLength(1);
    expect(parseConfig({ ...production, SMTP_URL: "smtps://user:pass@mail.example.org:465" }).SMTP_URL).toContain(
      "smtps://",
    );
    // Elsewhere the outbox stays the default.
    expect(parseConfig({ PORTAL_ENVIRONMENT: "staging" }).SMTP_URL).toBeUndefined();
  });

  it("treats empty values as unset", () => {
    expect(parseConfig({ PORT: "", DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("validates the several-instances settings: a Redis URL, and all of S3 or none", () => {
    expect(parseConfig({ REDIS_URL: "redis://cache:6379" }).REDIS_URL).toBe("redis://cache:6379");
    expect(() => parseConfig({ REDIS_URL: "memcached://cache" })).toThrow(
      /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/,
    );
    const s3 = {
      S3_ENDPOINT: "http://s3:9000",
      S3_BUCKET: "portal-uploads",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
    };
    expect(parseConfig(s3)).toMatchObject({
      S3_BUCKET: "portal-uploads",
      S3_REGION: "us-east-1",
      S3_FORCE_PATH_STYLE: true,
    });
    expect(() => parseConfig({ S3_ENDPOINT: "http://s3:9000", S3_BUCKET: "portal-uploads" })).toThrow(
      /S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY must be set too/,
    );
    expect(() => parseConfig({ ...s3, S3_BUCKET: "Not_A_Bucket" })).toThrow(/S3_BUCKET must be an S3 bucket name/);
  });
});
