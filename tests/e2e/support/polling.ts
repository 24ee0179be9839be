import type { APIRequestContext } from "@playwright/test";

/**
 * Polls `url` (a path of the tested server, or a full URL: another instance,
 * Varnish) until `check` holds; returns the milliseconds it took.
 */
export async function msUntil(
  request: APIRequestContext,
  url: string,
  check: (status: number, body: string) => boolean,
  limitMs = 60_000,
) {
  const started = Date.now();
  for (;;) {
    const response = await request.get(url);
    if (check(response.status(), await response.text())) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`${url} did not change within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
