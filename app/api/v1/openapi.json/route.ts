import { methodNotAllowed } from "@/lib/api/responses";
import { openApiDocument } from "@/lib/api/openapi";

// Generated from the API's zod schemas; no database and no host involved: made
// once per process and sent with an hour of public caching. Not a static
// route: a prerendered route answers every method from its cache, and this
// one refuses all but GET and HEAD (405 with Allow).
export const dynamic = "force-dynamic";

let document: string | null = null;

export function GET() {
  document ??= JSON.stringify(openApiDocument());
  return new Response(document, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    },
  });
}

export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
export const OPTIONS = methodNotAllowed;
