import { answerApiView } from "@/lib/api/answer-api-view";
import { answerApiProblem, apiError } from "@/lib/api/responses";
import { isApiProblem, parseApiView } from "@/lib/api/views";

// The open data API. The proxy rewrites every /api/v1/<resource>[/<key>]?…
// request to its canonical view here (lib/api/views.ts): one cached response
// per view, tagged like the pages, refreshed when staff publish or edit. A
// refused request (no such record, a bad parameter value) has its own
// canonical error view, answered as the API's JSON error with the reason.
export const revalidate = 3600;
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ view: string }> }) {
  const view = parseApiView((await params).view);
  if (!view) return apiError(404, "Not an address of this API: see /api/v1/openapi.json.");
  return isApiProblem(view) ? answerApiProblem(view) : answerApiView(view);
}

// GET only: a cached (ISR) route answers every method from its cache, so
// other methods must never be sent here; the proxy sends only GET and HEAD to
// the views, and everything else under /api/v1 gets 405 with Allow from
// app/api/v1/[...path].
