import "server-only";
// The open data API's responses: JSON with its cache and CORS headers, the
// errors, and the page envelope (data, meta, links) of every list.
import type { z } from "zod";
import type { AppLocale } from "@/i18n/routing";
import { countryName } from "@/lib/content/format";
import { publicUrl } from "@/lib/config";
import { API_METHODS, problemMessage } from "./problems";
import { viewPath, type ApiProblem, type ApiView } from "./views";

export type Json<T extends z.ZodTypeAny> = z.input<T>;
export type Page = { page: number; pageSize: number; total: number; totalIsCapped: boolean; hasNext: boolean };

export const lower = (value: string) => value.toLowerCase().replace(/_/g, "-");
export const country = (code: string | null, locale: AppLocale) =>
  code ? { code, name: countryName(code, locale) } : null;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      // Open data: any site may read it.
      "Access-Control-Allow-Origin": "*",
    },
  });
}

export function apiError(status: number, message: string, headers: Record<string, string> = {}): Response {
  const response = json({ error: { status, message } }, status);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** The API's answer to a refused request (an impossible key, a bad parameter value). */
export function answerApiProblem(problem: ApiProblem): Response {
  return apiError(problem.status, problemMessage(problem));
}

/** POST, PUT, PATCH, DELETE, OPTIONS…: the API is read-only. */
export function methodNotAllowed(): Response {
  return apiError(405, `This address of the open data API answers ${API_METHODS} only.`, { Allow: API_METHODS });
}

export function pageOf(view: ApiView, data: unknown[], locale: AppLocale, page: Page) {
  const at = (n: number) => {
    const query = { ...view.query };
    delete query.page;
    if (n > 1) query.page = String(n);
    return `${publicUrl()}${viewPath({ ...view, query })}`;
  };
  return {
    data,
    meta: { page: page.page, pageSize: page.pageSize, total: page.total, totalIsCapped: page.totalIsCapped, locale },
    links: {
      self: at(page.page),
      next: page.hasNext ? at(page.page + 1) : null,
      prev: page.page > 1 ? at(page.page - 1) : null,
    },
  };
}
