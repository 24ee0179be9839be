// Every request of the open data API maps to one cached canonical view, like
// the list pages (lib/validation/list-views.ts): the proxy validates each
// parameter with the API's own zod schemas, drops unknown parameters and
// defaults, orders the rest, and rewrites the request to
// /api/v1/view/<base64url of "resource[/key]?query">, a cached route. The view
// route accepts only canonical views, so junk cannot fill the cache.
//
// A request the API cannot answer maps to a canonical error view instead
// (issue 18, item 11): a key that can name no record ("regions/ZZ",
// "meetings/%00") to "error/404/<resource>", a parameter with a bad value
// ("?region=zzz") to "error/400/<resource>/<parameter>". The view route
// answers them as the API's JSON error, with the reason; their number is
// bounded by the resources and their parameters, never by what a client
// sends.
import type { z } from "zod";
import {
  localeQuerySchema,
  meetingsQuerySchema,
  newsQuerySchema,
  plansQuerySchema,
  decisionsQuerySchema,
  idPathSchema,
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
  decisions: { list: decisionsQuerySchema, item: localeQuerySchema, key: idPathSchema.shape.id },
} as const;

export type ApiResource = keyof typeof apiResources;
export type ApiView = { resource: ApiResource; key: string | null; query: Record<string, string> };
/** A request the API refuses: no such record (404), or a parameter with a bad value (400). */
export type ApiProblem =
  { status: 404; resource: ApiResource } | { status: 400; resource: ApiResource; keyed: boolean; parameter: string };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Each valid parameter of the schema, in the schema's order, without defaults; `invalid` gets the first bad one. */
export function canonicalQuery(
  schema: Shape,
  search: URLSearchParams,
  invalid?: (parameter: string) => void,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    const raw = first(search.getAll(name));
    if (raw === undefined || raw === "") continue;
    const value = name === "region" || name === "kind" || name === "locale" ? raw.trim().toLowerCase() : raw.trim();
    const parsed = (field as z.ZodTypeAny).safeParse(value);
    if (!parsed.success) invalid?.(name);
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

const resourcePath = /^\/api\/v1\/(meetings|structures|regions|news|plans|decisions)(?:\/([^/]+))?\/?$/;

/** The key of a path segment, or undefined when it can name no record (bad percent-encoding included). */
function keyOf(resource: ApiResource, segment: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  const parsed = apiResources[resource].key.safeParse(decoded.toLowerCase());
  return parsed.success ? parsed.data : undefined;
}

/**
 * What an API request asks for: its canonical view, the problem that stops it
 * (an impossible key, a bad parameter value), or null when the path is no
 * resource of the API.
 */
export function apiRequest(pathname: string, search: URLSearchParams): ApiView | ApiProblem | null {
  const match = resourcePath.exec(pathname);
  if (!match) return null;
  const resource = match[1] as ApiResource;
  const spec = apiResources[resource];
  let key: string | null = null;
  if (match[2] !== undefined) {
    const parsed = keyOf(resource, match[2]);
    if (parsed === undefined) return { status: 404, resource };
    key = parsed;
  }
  let bad: string | null = null;
  const query = canonicalQuery(key ? spec.item : spec.list, search, (parameter) => (bad ??= parameter));
  if (bad) return { status: 400, resource, keyed: key !== null, parameter: bad };
  return { resource, key, query };
}

export const isApiProblem = (value: ApiView | ApiProblem | null): value is ApiProblem => !!value && "status" in value;

/** The canonical view of an API request, or null when the request is no view (no resource, or refused). */
export function apiView(pathname: string, search: URLSearchParams): ApiView | null {
  const request = apiRequest(pathname, search);
  return request && !isApiProblem(request) ? request : null;
}

export function viewString(view: ApiView): string {
  const query = new URLSearchParams(view.query).toString();
  return `${view.resource}${view.key ? `/${view.key}` : ""}${query ? `?${query}` : ""}`;
}

/** The view string of a refusal: "error/404/regions", "error/400/meetings/region" (a keyed request: "error/400/meetings/key/locale"). */
export function problemString(problem: ApiProblem): string {
  return problem.status === 404
    ? `error/404/${problem.resource}`
    : `error/400/${problem.resource}/${problem.keyed ? "key/" : ""}${problem.parameter}`;
}

/**
 * Where the proxy sends an API request (every one: the query string decides
 * the view; a refused one goes to its error view); null for no resource.
 */
export function apiRewrite(pathname: string, search: URLSearchParams): string | null {
  const request = apiRequest(pathname, search);
  if (!request) return null;
  return `/api/v1/view/${encode(isApiProblem(request) ? problemString(request) : viewString(request))}`;
}

const errorView = /^error\/(404|400)\/(meetings|structures|regions|news|plans|decisions)(?:\/(key\/)?([a-zA-Z]+))?$/;

/** The view or refusal a view segment names, only if it is canonical (the proxy's own output); else null. */
export function parseApiView(segment: string): ApiView | ApiProblem | null {
  const text = decode(segment);
  const error = errorView.exec(text);
  if (error) {
    const resource = error[2] as ApiResource;
    if (error[1] === "404") return error[4] === undefined ? { status: 404, resource } : null;
    const keyed = error[3] !== undefined;
    const schema = keyed ? apiResources[resource].item : apiResources[resource].list;
    return error[4] && error[4] in schema.shape ? { status: 400, resource, keyed, parameter: error[4] } : null;
  }
  const [path, query = ""] = text.split("?", 2);
  const view = apiView(`/api/v1/${path}`, new URLSearchParams(query));
  return view && viewString(view) === text ? view : null;
}

/** The public address of a view (for links: self, next, prev). */
export function viewPath(view: ApiView): string {
  const query = new URLSearchParams(view.query).toString();
  return `/api/v1/${view.resource}${view.key ? `/${view.key}` : ""}${query ? `?${query}` : ""}`;
}
