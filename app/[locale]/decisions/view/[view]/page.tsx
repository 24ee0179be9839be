// A filtered or later page of the register of decisions, cached like the
// first one (the proxy rewrites /{locale}/decisions?… here; see lib/validation/list-views.ts).
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

export { default, generateMetadata } from "../../page";
