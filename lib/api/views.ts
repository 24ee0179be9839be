// Every request of the open data API maps to one cached canonical view, like
// the list pages (lib/validation/list-views.ts): the proxy validates each
// parameter with the API's own zod schemas, drops unknown parameters, bad
// values and defaults, orders the rest, and rewrites the request to
// /api/v1/view/<base64url of "resource[/key]?query">, a cached route. The view
// route accepts only canonical views, so junk cannot fill the cache.
import type { z } from "zod";
import {
  localeQuerySchema,
  meetingsQuerySchema,
  newsQuerySchema,
  plansQuerySchema,
  regionPathSchema,
  slugPathSchema,
  structuresQuerySchema,
} from "./schemas";

type Shape = z.ZodObject<z.ZodRawShape>;

/** The API's resources: a path pattern, its query schema, and whether a key (slug or code) follows. */
export const apiResources = {
  meetings: { list: meetingsQuerySchema, item: localeQuerySchema, key: slugPathSchema.shape.slug },
  structures: { list: structuresQuerySchema, item: localeQuerySchema, key: slugPathSchema.shape.slug },
  regions: { list: localeQuerySchema, item: localeQuerySchema, key: regionPathSchema.shape.code },
  news: { list: newsQuerySchema, item: localeQuerySchema, key: slugPathSchema.shape.slug },
  plans: { list: plansQuerySchema, item: localeQuerySchema, key: slugPathSchema.shape.slug },
} as const;

export type ApiResource = keyof typeof apiResources;
export type ApiView = { resource: ApiResource; key: string | null; query: Record<string, string> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Each valid parameter of the schema, in the schema's order, without defaults. */
export function canonicalQuery(schema: Shape, search: URLSearchParams): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    const raw = first(search.getAll(name));
    if (raw === undefined || raw === "") continue;
    const value = name === "region" || name === "kind" || name === "locale" ? raw.trim().toLowerCase() : raw.trim();
    const parsed = (field as z.ZodTypeAny).safeParse(value);
    if (!parsed.success || parsed.data === undefined) continue;
    const defaulted = (field as z.ZodTypeAny).safeParse(undefined);
    if (defaulted.success && String(defaulted.data) === String(parsed.data)) continue;
    result[name] = String(parsed.data);
  }
  return result;
}

const encode = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const decode = (segment: string) =>
  /^[A-Za-z0-9_-]*$/.test(segment) ? Buffer.from(segment, "base64url").toString("utf8") : "";

/** The canonical view of an API request, or null when the path is no resource of the API. */
export function apiView(pathname: string, search: URLSearchParams): ApiView | null {
  const match = /^\/api\/v1\/(meetings|structures|regions|news|plans)(?:\/([^/]+))?\/?$/.exec(pathname);
  if (!match) return null;
  const resource = match[1] as ApiResource;
  const spec = apiResources[resource];
  let key: string | null = null;
  if (match[2] !== undefined) {
    const parsed = spec.key.safeParse(decodeURIComponent(match[2]).toLowerCase());
    if (!parsed.success) return null;
    key = parsed.data;
  }
  return { resource, key, query: canonicalQuery(key ? spec.item : spec.list, search) };
}

export function viewString(view: ApiView): string {
  const query = new URLSearchParams(view.query).toString();
  return `${view.resource}${view.key ? `/${view.key}` : ""}${query ? `?${query}` : ""}`;
}

/** Where the proxy sends an API request (every one: the query string decides the view); null for no resource. */
export function apiRewrite(pathname: string, search: URLSearchParams): string | null {
  const view = apiView(pathname, search);
  return view ? `/api/v1/view/${encode(viewString(view))}` : null;
}

/** The view a view segment names, only if it is canonical (the proxy's own output); else null. */
export function parseApiView(segment: string): ApiView | null {
  const text = decode(segment);
  const [path, query = ""] = text.split("?", 2);
  const view = apiView(`/api/v1/${path}`, new URLSearchParams(query));
  return view && viewString(view) === text ? view : null;
}

/** The public address of a view (for links: self, next, prev). */
export function viewPath(view: ApiView): string {
  const query = new URLSearchParams(view.query).toString();
  return `/api/v1/${view.resource}${view.key ? `/${view.key}` : ""}${query ? `?${query}` : ""}`;
}
