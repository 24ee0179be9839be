// Public lists whose content depends on the query string (filters, page,
// search words) are full pages in the cache, one per canonical view: the proxy
// turns `/fr/meetings?year=2021&region=EUR&utm=x` into the internal path
// `/fr/meetings/view/<region=eur&year=2021 in base64url>`, rendered once and
// served from the cache. Unknown parameters and bad values are dropped (the
// same zod schemas as the pages), so every URL maps to one of a bounded set of
// views, and the cache cannot be filled by junk query strings.
import { pageSchema, regionCodeSchema, slugSchema, type SearchParams } from "./public-filters";
import { meetingFiltersToQuery, parseMeetingFilters } from "./meeting-filters";
import { kindParamOf, parseStructureFilters } from "./structure-filters";
import { searchQuerySchema } from "./search";
import { decisionFiltersToQuery, parseDecisionFilters } from "./decision-filters";

/** The internal segment that carries a canonical view: /{locale}/{list}/view/{view}. */
export const VIEW_SEGMENT = "view";

type Canonical = Record<string, string | undefined>;

function toQuery(values: Canonical): string {
  const entries = Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1]));
  return new URLSearchParams(entries).toString();
}

const pageParam = (params: SearchParams) => {
  const page = pageSchema.parse(params.page);
  return page > 1 ? String(page) : undefined;
};

/** Each list's canonical query: validated values in a fixed order, defaults left out. */
const lists = {
  meetings: (params: SearchParams) =>
    toQuery({ ...meetingFiltersToQuery(parseMeetingFilters(params)), page: pageParam(params) }),
  news: (params: SearchParams) =>
    toQuery({
      region: regionCodeSchema.parse(params.region)?.toLowerCase(),
      topic: slugSchema.parse(params.topic),
      page: pageParam(params),
    }),
  structures: (params: SearchParams) => {
    const filters = parseStructureFilters(params);
    return toQuery({
      region: filters.region?.toLowerCase(),
      kind: filters.kind ? kindParamOf(filters.kind) : undefined,
      page: pageParam(params),
    });
  },
  search: (params: SearchParams) => {
    const q = searchQuerySchema.parse(params.q);
    return q ? toQuery({ q, page: pageParam(params) }) : "";
  },
  decisions: (params: SearchParams) =>
    toQuery({ ...decisionFiltersToQuery(parseDecisionFilters(params)), page: pageParam(params) }),
  "meetings/calendar": (params: SearchParams) =>
    toQuery({
      region: regionCodeSchema.parse(params.region)?.toLowerCase(),
      structure: slugSchema.parse(params.structure),
    }),
} as const;

export type ListName = keyof typeof lists;

export function searchParamsOf(search: URLSearchParams): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    params[key] = values.length > 1 ? values : values[0];
  }
  return params;
}

/** The canonical view of a list's query string; "" for the list's default view. */
export function canonicalView(list: ListName, search: URLSearchParams): string {
  return lists[list](searchParamsOf(search));
}

// base64url: a path segment that no layer re-encodes or decodes on the way.
const encodeView = (view: string) => Buffer.from(view, "utf8").toString("base64url");
const decodeView = (segment: string) =>
  /^[A-Za-z0-9_-]*$/.test(segment) ? Buffer.from(segment, "base64url").toString("utf8") : "";

/**
 * Whether a view segment is exactly what viewRewrite makes for some request:
 * the base64url of a non-default canonical view. Anything else (a hand-made
 * segment, junk, another spelling of a view) is a 404 that nothing caches.
 */
export function isCanonicalViewSegment(list: ListName, segment: string): boolean {
  const view = decodeView(segment);
  if (!view || encodeView(view) !== segment) return false;
  return canonicalView(list, new URLSearchParams(view)) === view;
}

/** The list whose internal view path this is, with its segment; null for any other path. */
export function viewPathOf(pathname: string): { list: ListName; segment: string } | null {
  const match = /^\/[a-z]{2}\/(meetings\/calendar|meetings|news|structures|search|decisions)\/view(?:\/(.*))?$/.exec(
    pathname,
  );
  return match ? { list: match[1] as ListName, segment: match[2] ?? "" } : null;
}

/** The query parameters of a view segment, for the internal view pages; none for a malformed one. */
export function viewParams(segment: string): SearchParams {
  return searchParamsOf(new URLSearchParams(decodeView(segment)));
}

const listPaths: [RegExp, ListName][] = [
  [/^\/([a-z]{2})\/meetings\/?$/, "meetings"],
  [/^\/([a-z]{2})\/news\/?$/, "news"],
  [/^\/([a-z]{2})\/structures\/?$/, "structures"],
  [/^\/([a-z]{2})\/search\/?$/, "search"],
  [/^\/([a-z]{2})\/decisions\/?$/, "decisions"],
  [/^\/([a-z]{2})\/meetings\/calendar\.ics$/, "meetings/calendar"],
];

/**
 * Where the proxy sends a public list request: the internal path of its
 * canonical view, or null to serve the path as it is (no query string, only
 * defaults, or not a list).
 */
export function viewRewrite(pathname: string, search: URLSearchParams): string | null {
  if (![...search.keys()].some((key) => key !== "_rsc")) return null;
  for (const [pattern, list] of listPaths) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const view = canonicalView(list, search);
    if (!view) return null;
    const base = list === "meetings/calendar" ? `/${match[1]}/meetings/calendar` : `/${match[1]}/${list}`;
    return `${base}/${VIEW_SEGMENT}/${encodeView(view)}`;
  }
  return null;
}
