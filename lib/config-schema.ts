// Environment variables, validated with zod. Shared by the start scripts (which
// check them before anything starts) and the server (instrumentation.ts).
import { z } from "zod";

const optionalUrl = z.url().optional();

export const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Set by Next itself: "phase-production-build" while `next build` prerenders (instrumentation.ts).
  NEXT_PHASE: z.string().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 33)").optional(),
  PUBLIC_URL: optionalUrl,
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PORTAL_ENVIRONMENT: z.enum(["local", "staging", "production"]).default("local"),
  // Unset: the defaults of scripts/db/local.ts (54329, .data/postgres), which may
  // move when taken or unreachable; set: exactly these, or a clear stop.
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  EMBEDDED_PG_DIR: z.string().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().default("Regional Structures Portal <no-reply@portal.test>"),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  // Without SMTP_URL (never in production), mail is written here (files of mode 0600) and to the log.
  OUTBOX_DIR: z.string().default(".data/outbox"),
  // E-mail alerts: daily and weekly digests go out at this hour (0–23) of the
  // portal's time zone (weekly ones on Mondays).
  PORTAL_TIME_ZONE: z
    .string()
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "must be an IANA time zone such as Europe/Brussels")
    .default("Europe/Brussels"),
  ALERT_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  // Count SQL queries (benchmarks; always on under NODE_ENV=test).
  PORTAL_COUNT_QUERIES: z.enum(["0", "1"]).optional(),
  // How many proxies in front of the portal append to X-Forwarded-For: the
  // per-IP limits count the address that many entries from the right.
  // 0: the TCP peer's address; the header is ignored.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
  // Several instances: the shared cache (cache-handler.mjs reads it at run time).
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
  // Shared HTTP caches in front (Varnish, or a CDN that purges by surrogate
  // key): every invalidation also purges the same tags there
  // (lib/cache/http-purge.ts). Comma-separated base URLs, e.g.
  // "http://varnish-1:80,http://varnish-2:80".
  HTTP_CACHE_PURGE_URLS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/, error: "must be comma-separated http(s):// URLs" })))
    .default([]),
  // The address the server listens on (all interfaces when unset).
  HOST: z.string().min(1).optional(),
  // The request seam's cache of public responses (lib/http/response-cache.ts),
  // in MB; by default a fifth of the server's heap limit.
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(4096).optional(),
  // Several instances: uploads in S3-compatible object storage (lib/storage/s3-storage.ts).
  S3_ENDPOINT: optionalUrl,
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name")
    .optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
});

/** The S3 variables that must come together: set one, set all. */
const s3Required = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

export type Config = z.infer<typeof configSchema>;

/** One line per bad variable, naming it: "PORT: must be ...". */
export function describeConfigErrors(error: z.ZodError): string {
  return error.issues.map((issue) => `Invalid configuration: ${issue.path.join(".")} ${issue.message}`).join("\n");
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // Treat empty strings as unset, as shells and compose files often pass them.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) throw new ConfigError(describeConfigErrors(result.error));
  const config = result.data;
  if (config.PORTAL_ENVIRONMENT === "production" && !config.AUTH_SECRET) {
    throw new ConfigError("Invalid configuration: AUTH_SECRET is required when PORTAL_ENVIRONMENT=production");
  }
  // Without SMTP, invitation and password-reset links would go to the log and
  // the outbox folder: fine on a laptop, a leak in production.
  if (config.PORTAL_ENVIRONMENT === "production" && !config.SMTP_URL) {
    throw new ConfigError(
      "Invalid configuration: SMTP_URL is required when PORTAL_ENVIRONMENT=production (invitation and password-reset links are sent by mail, never written to the log)",
    );
  }
  const s3Set = s3Required.filter((name) => config[name] !== undefined);
  if (s3Set.length && s3Set.length < s3Required.length) {
    const missing = s3Required.filter((name) => config[name] === undefined);
    throw new ConfigError(
      `Invalid configuration: ${missing.join(", ")} must be set too (S3 storage needs ${s3Required.join(", ")})`,
    );
  }
  return config;
}

/**
 * The environment as it is now, validated: for code that runs outside the
 * server's cached getConfig() (the database client, scripts, tests that point
 * the portal at their own database or outbox).
 */
export function currentConfig(): Config {
  return parseConfig(process.env);
}

/** Next.js's development server (hot reloads keep one database client). */
export const isDevelopment = () => process.env.NODE_ENV === "development";

/** The environment handed to a child process (the embedded PostgreSQL), with `extra` on top. */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

export class ConfigError extends Error {
  name = "ConfigError";
}
