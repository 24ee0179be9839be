// Error responses readable without JavaScript, with the usual headers.
//
// Next.js 16 answers notFound(), forbidden() and render errors with the right
// status but an empty HTML shell (<html id="__next_error__">) that only its
// client-side JavaScript fills in: crawlers, curl and readers without
// JavaScript see nothing. The request seam (lib/http/request-seam.ts) sends
// the localized error page instead (app/[locale]/status/[code], rendered by
// Next.js itself, without its scripts), keeping the status; a 500 while the
// database is unreachable becomes a 503 with Retry-After. It also answers
// what Next.js would answer with a bare 500 (a URL it cannot decode, a form
// posted from another site, an unknown method, a body over the limit).
import type http from "node:http";
import pg from "pg";
import { locales } from "@/i18n/routing";
import { cachedPagePolicy } from "@/lib/security/csp";
import { securityHeaders, strictTransportSecurity } from "@/lib/security/headers";

export type SeamOptions = { port: number; databaseUrl?: string; publicUrl?: string };

/** The statuses whose empty HTML shell is replaced, and those the seam answers itself. */
export const replacedStatuses = new Set([400, 403, 404, 405, 413, 500, 503]);

const pages = new Map<string, Promise<string | null>>();

export function localeOf(url: string): string {
  const first = url.split(/[/?#]/)[1] ?? "";
  return (locales as readonly string[]).includes(first) ? first : "en";
}

export function decodable(url: string): boolean {
  try {
    decodeURIComponent(url.split("?")[0]);
    return true;
  } catch {
    return false;
  }
}

/** The error page of a language, as Next.js renders it, without scripts (fetched once). */
function statusPage(options: SeamOptions, locale: string, code: number): Promise<string | null> {
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

export const ONE_CLICK_UNSUBSCRIBE_PATH = "/api/alerts/unsubscribe";

/** A form or server-action POST whose Origin names another site: Next.js would refuse it with a 500. */
export function crossOriginPost(request: http.IncomingMessage): boolean {
  if (request.method !== "POST" || !request.headers.origin) return false;
  // RFC 8058 one-click unsubscribe: mail providers post it from their own
  // origin; its signed token is its only credential (app/api/alerts/unsubscribe).
  if ((request.url ?? "").split("?")[0] === ONE_CLICK_UNSUBSCRIBE_PATH) return false;
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

/** The site's security headers on a response that lacks them. */
export function applySiteHeaders(response: http.ServerResponse, options: SeamOptions): void {
  if (response.headersSent) return;
  for (const { key, value } of securityHeaders) if (!response.hasHeader(key)) response.setHeader(key, value);
  if (!response.hasHeader("content-security-policy")) response.setHeader("Content-Security-Policy", cachedPagePolicy());
  const hsts = strictTransportSecurity(options.publicUrl);
  if (hsts && !response.hasHeader("strict-transport-security")) response.setHeader("Strict-Transport-Security", hsts);
}

type Send = Pick<http.ServerResponse, "writeHead" | "end">;

/**
 * Sends the localized page of `status` (a 500 becomes a 503 while the
 * database is down), never cached. `send` holds the response's own
 * writeHead and end when the seam has wrapped them.
 */
export async function sendStatusPage(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  status: number,
  options: SeamOptions,
  send: Send = response,
  headers: Record<string, string> = {},
): Promise<void> {
  let code = status;
  if (status === 500 && !(await databaseReachable(options.databaseUrl))) code = 503;
  const locale = localeOf(request.url ?? "/");
  const html = (await statusPage(options, locale, code)) ?? (await statusPage(options, "en", code));
  if (response.headersSent || response.writableEnded) return;
  for (const name of response.getHeaderNames()) if (!/^(set-cookie|vary)$/.test(name)) response.removeHeader(name);
  response.statusCode = code;
  if (code === 503) response.setHeader("Retry-After", "30");
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  const body = html ?? `${code}\n`;
  response.setHeader("Content-Length", Buffer.byteLength(body));
  applySiteHeaders(response, options);
  send.writeHead.call(response, code);
  (send.end as (chunk?: string) => http.ServerResponse).call(response, request.method === "HEAD" ? undefined : body);
}
