import { viewParams } from "@/lib/validation/list-views";
import { pageLocale } from "./params";

/** The params of a list page: its locale, and the canonical view the proxy rewrote its query to (lib/validation/list-views.ts). */
export type ListPageProps = { params: Promise<{ locale: string; view?: string }> };

/** A list page's locale (an unknown one is a 404) and the query of its view. */
export async function listPageParams(params: ListPageProps["params"]) {
  const locale = await pageLocale(params);
  return { locale, query: viewParams((await params).view ?? "") };
}
