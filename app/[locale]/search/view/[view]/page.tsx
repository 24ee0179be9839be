// A search (or a later page of one): the proxy and the request seam send
// /{locale}/search?q=… here (see lib/validation/list-views.ts). Rendered per
// request, never kept in Next's cache: every query a visitor can type is a
// view, and they would evict the pages. The request seam keeps recent
// results in a bounded partition of their own (lib/http/response-cache.ts),
// purged with the records they show.
export const dynamic = "force-dynamic";

export { default, generateMetadata } from "../../page";
