import { answerApiView, apiError } from "@/lib/api/handlers";
import { parseApiView } from "@/lib/api/views";

// The open data API. The proxy rewrites every /api/v1/<resource>[/<key>]?…
// request to its canonical view here (lib/api/views.ts): one cached response
// per view, tagged like the pages, refreshed when staff publish or edit.
export const revalidate = 3600;
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ view: string }> }) {
  const view = parseApiView((await params).view);
  if (!view) return apiError(404, "Not an address of this API: see /api/v1/openapi.json.");
  return answerApiView(view);
}
