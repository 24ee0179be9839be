// Error responses readable without JavaScript, with the usual headers.
//
// Next.js 16 answers notFound(), forbidden() and render errors with the right
// status but an empty HTML shell (<html id="__next_error__">) that only its
// client-side JavaScript fills in: crawlers, curl and readers without
// JavaScript see nothing (a stock Next 16.4 app does the same). And a URL it
// cannot decode ("/en/%") is a bare 500 without any of the site's headers.
// This hook, in front of Next.js (lib/http/request-hooks.ts):
// - answers an undecodable path with 400 itself, and a form or server-action
//   POST from another site's page with 403 (Next.js would answer both with 500);
// - when Next.js answers a page with 400, 403, 404, 500 or 503 in HTML,
//   sends the localized error page instead (app/[locale]/status/[code],
//   rendered by Next.js itself, without its scripts), keeping the status;
//   a 500 while the database is unreachable becomes a 503 with Retry-After;
// - puts the site's security headers on every response that lacks them
//   (and Strict-Transport-Security when the portal is served over https),
//   and tells downstream caches to revalidate cached pages every time.
// Client-side navigations (RSC requests) are left alone: the app shows the
// same pages itself there.
import type http from "node:http";
import pg from "pg";
import { locales } from "@/i18n/routing";
import { cachedPagePolicy } from "@/lib/security/csp";
import { securityHeaders, strictTransportSecurity } from "@/lib/security/headers";
import { addRequestHook } from "./request-hooks";

type Options = { port: number; databaseUrl?: string; publicUrl?: string };

const replaced = new Set([400, 403, 404, 500, 503]);
const pages = new Map<string, Promise<string | null>>();

function localeOf(url: string): string {
  const first = url.split(/[/?#]/)[1] ?? "";
  return (locales as readonly string[]).includes(first) ? first : "en";
}

function decodable(url: string): boolean {
  try {
    decodeURIComponent(url.split("?")[0]);
    return true;
  } catch {
    return false;
  }
}

/** The error page of a language, as Next.js renders it, without scripts (fetched once). */
function statusPage(options: Options, locale: string, code: number): Promise<string | null> {
  const key = `${locale}/${code}`;
  let page = pages.get(key);
  if (!page) {
    page = fetch(`http://127.0.0.1:${options.port}/${locale}/status/${code}`)
      .then(async (response) => (response.ok ? stripScripts(await response.text()) : null))
      .catch(() => null);
    page.then((html) => html === null && pages.delete(key));
    pages.set(key, page);
  }
  return page;
}

function stripScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "").replace(/<link\b[^>]*\bas="script"[^>]*>/gi, "");
}

async function databaseReachable(url: string | undefined): Promise<boolean> {
  if (!url) return true;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A form or server-action POST whose Origin names another site: Next.js would refuse it with a 500. */
function crossOriginPost(request: http.IncomingMessage): boolean {
  if (request.method !== "POST" || !request.headers.origin) return false;
  const type = String(request.headers["content-type"] ?? "");
  const isAction =
    request.headers["next-action"] !== undefined ||
    type.startsWith("multipart/form-data") ||
    type.startsWith("application/x-www-form-urlencoded");
  if (!isAction) return false;
  const host = String(request.headers["x-forwarded-host"] ?? request.headers.host ?? "")
    .split(",")[0]
    .trim();
  try {
    return new URL(request.headers.origin).host !== host;
  } catch {
    return true;
  }
}

function setHeaders(response: http.ServerResponse, options: Options) {
  if (response.headersSent) return;
  // A cached public page is fresh until a publish invalidates it, which no
  // cache downstream (a CDN, a browser) hears of: they may keep it, but must
  // ask again each time (a 304 when unchanged) instead of Next's
  // "s-maxage=3600, stale-while-revalidate=…" of the hourly safety net.
  const cacheControl = String(response.getHeader("cache-control") ?? "");
  if (cacheControl.includes("s-maxage")) response.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
  for (const { key, value } of securityHeaders) if (!response.hasHeader(key)) response.setHeader(key, value);
  if (!response.hasHeader("content-security-policy")) response.setHeader("Content-Security-Policy", cachedPagePolicy());
  const hsts = strictTransportSecurity(options.publicUrl);
  if (hsts && !response.hasHeader("strict-transport-security")) response.setHeader("Strict-Transport-Security", hsts);
}

type Originals = Pick<http.ServerResponse, "writeHead" | "end">;

async function sendPage(
  response: http.ServerResponse,
  originals: Originals,
  options: Options,
  locale: string,
  status: number,
) {
  let code = status;
  if (status === 500 && !(await databaseReachable(options.databaseUrl))) code = 503;
  const html = (await statusPage(options, locale, code)) ?? (await statusPage(options, "en", code));
  if (!response.headersSent) {
    response.statusCode = code;
    if (code === 503) response.setHeader("Retry-After", "30");
    response.removeHeader("content-encoding");
    response.removeHeader("content-length");
    response.removeHeader("transfer-encoding");
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    if (html) response.setHeader("Content-Length", Buffer.byteLength(html));
    setHeaders(response, options);
  }
  // Node writes the head through writeHead when the body comes: the original one now.
  response.writeHead = originals.writeHead;
  (originals.end as (chunk: string) => http.ServerResponse).call(response, html ?? `${code}\n`);
}

export function installStatusPages(options: Options): void {
  addRequestHook(
    Object.assign(
      (request: http.IncomingMessage, response: http.ServerResponse) => {
        const url = request.url ?? "/";
        const { write, end, flushHeaders, writeHead } = response;
        if (!decodable(url) || crossOriginPost(request)) {
          const status = decodable(url) ? 403 : 400;
          response.statusCode = status;
          setHeaders(response, options);
          void sendPage(response, { writeHead, end }, options, localeOf(url), status);
          return true;
        }
        // Decided when Next.js first sends headers or body, once it has set status and type.
        let mode: "pass" | "replace" | undefined;
        const decide = () => {
          if (mode) return mode;
          let type = String(response.getHeader("content-type") ?? "");
          // A form posted without JavaScript that Next.js cannot read: its plain 500 is the client's fault.
          if (
            request.method === "POST" &&
            request.headers["next-action"] === undefined &&
            response.statusCode === 500 &&
            type.startsWith("text/plain")
          ) {
            response.statusCode = 400;
            type = "text/html; charset=utf-8";
            response.setHeader("Content-Type", type);
          }
          const html =
            type.startsWith("text/html") &&
            request.headers.rsc === undefined &&
            request.headers["next-router-prefetch"] === undefined;
          mode = !response.headersSent && html && replaced.has(response.statusCode) ? "replace" : "pass";
          return mode;
        };
        response.writeHead = function (this: http.ServerResponse, status: number, ...rest: unknown[]) {
          // writeHead(status[, message][, headers]): take them in, then decide.
          this.statusCode = status;
          const headers = rest.find((a) => a && typeof a === "object");
          if (Array.isArray(headers))
            for (let i = 0; i + 1 < headers.length; i += 2)
              this.setHeader(String(headers[i]), headers[i + 1] as string);
          else if (headers)
            for (const [key, value] of Object.entries(headers))
              if (value !== undefined) this.setHeader(key, value as string);
          setHeaders(this, options);
          if (decide() === "replace") return this;
          // The status decide() settled on (a 500 may have become a 400).
          return (writeHead as (s: number) => http.ServerResponse).call(this, this.statusCode);
        } as typeof writeHead;
        response.flushHeaders = function (this: http.ServerResponse) {
          if (decide() === "pass") flushHeaders.call(this);
        };
        response.write = function (this: http.ServerResponse, ...args: unknown[]) {
          if (decide() === "pass") return (write as (...a: unknown[]) => boolean).apply(this, args);
          const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
          callback?.();
          return true;
        } as typeof write;
        response.end = function (this: http.ServerResponse, ...args: unknown[]) {
          if (decide() === "pass") return (end as (...a: unknown[]) => http.ServerResponse).apply(this, args);
          void sendPage(this, { writeHead, end }, options, localeOf(url), this.statusCode);
          return this;
        } as typeof end;
      },
      { hookName: "status-pages" },
    ),
  );
}
