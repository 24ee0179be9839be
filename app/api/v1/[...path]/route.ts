import { answerApiView } from "@/lib/api/answer-api-view";
import { answerApiProblem, apiError, methodNotAllowed } from "@/lib/api/responses";
import { apiRequest, isApiProblem } from "@/lib/api/views";

// Every other address under /api/v1: the API's JSON 404 (never the HTML
// page), and 405 with Allow for methods the read-only API does not offer. A
// resource's address normally never gets here (the request seam and the proxy
// send it to its cached view, app/api/v1/view/[view]); if one does, it is
// answered the same way, just not from the cache.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const answer = apiRequest(url.pathname, url.searchParams);
  if (!answer) return apiError(404, "Not an address of this API: see /api/v1/openapi.json.");
  return isApiProblem(answer) ? answerApiProblem(answer) : answerApiView(answer);
}

export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
export const OPTIONS = methodNotAllowed;
