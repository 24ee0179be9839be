// A filtered or later page of the search list, cached like the first one
// (the proxy rewrites /{locale}/search?… here; see lib/validation/list-views.ts).
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

export { default, generateMetadata } from "../../page";
