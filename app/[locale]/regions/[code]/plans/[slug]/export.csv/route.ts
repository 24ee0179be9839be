import { getTranslations } from "next-intl/server";
import { buildPlanCsv, planCsvColumns } from "@/lib/csv/plan-csv";
import { getPublishedPlan } from "@/lib/data/plans/get-public-plans";
import { feedLocale, notFoundResponse } from "@/lib/feeds/responses";
import { attachmentDisposition } from "@/lib/storage/file-names";
import { isSlugParam } from "@/lib/validation/record-id";
import { regionPathCodeSchema } from "@/lib/validation/structure-filters";

// The plan's figures as CSV, cached and invalidated with the plan page.
export const revalidate = 3600;
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; code: string; slug: string }> },
) {
  const { locale: rawLocale, code: rawCode, slug } = await params;
  const locale = feedLocale(rawLocale);
  const code = regionPathCodeSchema.safeParse(rawCode);
  if (!locale || !code.success || !isSlugParam(slug)) return notFoundResponse();
  const plan = await getPublishedPlan({ locale, code: code.data, slug });
  if (!plan) return notFoundResponse();
  const t = await getTranslations({ locale, namespace: "Plans" });
  const header = Object.fromEntries(planCsvColumns.map((c) => [c, t(`csv.${c}`)])) as Record<
    (typeof planCsvColumns)[number],
    string
  >;
  const body = buildPlanCsv(plan, header, (status) => t(`status.${status}` as "status.DONE"));
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition(`${plan.slug}.csv`),
      "Cache-Control": "public, max-age=300",
    },
  });
}
