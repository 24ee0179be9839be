import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { configSchema, parseConfig } from "@/lib/config-schema";

// docker-compose.yml cannot be started on this machine (no Docker engine):
// it is kept correct by reading it. `docker compose config` runs too where a
// Docker client with the compose plugin is present.

type Service = {
  build?: unknown;
  image?: string;
  environment?: Record<string, string>;
  deploy?: { replicas?: number };
  depends_on?: Record<string, { condition: string }> | string[];
  ports?: string[];
};
const compose = parse(readFileSync("docker-compose.yml", "utf8")) as { services: Record<string, Service> };
const portalServices = Object.entries(compose.services).filter(([, service]) => service.build !== undefined);

describe("docker-compose.yml", () => {
  it("runs PostgreSQL, Redis, an S3-compatible service, two app replicas, a load balancer and Varnish in front", () => {
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining(["db", "redis", "s3", "app", "lb", "varnish"]),
    );
    expect(compose.services.app.deploy?.replicas).toBe(2);
    expect(compose.services.app.ports).toBeUndefined();
    expect(compose.services.lb.ports).toBeUndefined();
    expect(compose.services.varnish.ports).toEqual(["3000:80"]);
    // Varnish uses the VCL of deploy/varnish, whose backend is the load balancer, and a storage for search.
    const command = (compose.services.varnish as { command?: string[] }).command ?? [];
    expect(command).toEqual(expect.arrayContaining(["/etc/varnish/portal/compose.vcl", "search=malloc,64m"]));
    expect(readFileSync("deploy/varnish/compose.vcl", "utf8")).toMatch(/\.host = "lb";/);
    expect(compose.services.app.environment?.HTTP_CACHE_PURGE_URLS).toBe("http://varnish:80");
    expect(compose.services.app.environment?.TRUSTED_PROXY_HOPS).toBe("2");
    const env = compose.services.app.environment ?? {};
    expect(env.REDIS_URL).toBe("redis://redis:6379");
    expect(env.S3_ENDPOINT).toBe("http://s3:9000");
    expect(Object.keys(compose.services.app.depends_on ?? {})).toEqual(
      expect.arrayContaining(["db", "redis", "migrate", "s3-bucket"]),
    );
  });

  it("sets only variables the portal's configuration knows", () => {
    const known = new Set(Object.keys(configSchema.shape));
    expect(portalServices.length).toBeGreaterThanOrEqual(2);
    for (const [name, service] of portalServices) {
      for (const variable of Object.keys(service.environment ?? {})) {
        expect(known.has(variable), `${name}: ${variable} is not in lib/config-schema.ts`).toBe(true);
      }
    }
  });

  // What an operator gives for the variables compose requires (${VAR:?…}).
  const required: Record<string, string> = {
    AUTH_SECRET: "x".repeat(40),
    SMTP_URL: "smtp://mailer:secret@mail.example.org:587",
  };

  it("gives every portal value a form the configuration accepts, production rules included", () => {
    for (const [name, service] of portalServices) {
      const env = Object.fromEntries(
        Object.entries(service.environment ?? {}).map(([k, v]) => [
          k,
          String(v).replace(/\$\{([A-Z_]+):([?-])([^}]*)\}/g, (_m, variable: string, kind: string, fallback: string) =>
            kind === "?" ? (required[variable] ?? "x".repeat(40)) : fallback,
          ),
        ]),
      );
      expect(() => parseConfig(env), name).not.toThrow();
    }
  });

  it("requires SMTP_URL wherever the portal runs in production (issue 18, item 12)", () => {
    for (const [name, service] of portalServices) {
      const env = service.environment ?? {};
      if (!/production/.test(String(env.PORTAL_ENVIRONMENT ?? ""))) continue;
      expect(String(env.SMTP_URL ?? ""), name).toMatch(/^\$\{SMTP_URL:\?/);
    }
  });

  const docker = spawnSync("docker", ["compose", "version"], { encoding: "utf8" });
  it.runIf(docker.status === 0)("passes `docker compose config`", () => {
    const result = spawnSync("docker", ["compose", "config", "--quiet"], {
      encoding: "utf8",
      env: { ...process.env, AUTH_SECRET: "x".repeat(40), SMTP_URL: "smtp://mail.example.org:587" },
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
