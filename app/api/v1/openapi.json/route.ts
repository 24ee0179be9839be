import { methodNotAllowed } from "@/lib/api/handlers";
import { openApiDocument } from "@/lib/api/openapi";

// Generated from the API's zod schemas; no database and no host involved, so it is
// rendered at build time.
export const revalidate = 3600;
export const dynamic = "force-static";

export function GET() {
  return new Response(JSON.stringify(openApiDocument()), {
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
