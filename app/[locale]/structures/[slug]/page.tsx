import type { Metadata } from "next";
import { listStructurePlans } from "@/lib/data/plans/get-public-plans";
import { PlanSummaryList } from "@/components/plans/plan-summary-list";
import { Section } from "@/components/ui/section";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { routing } from "@/i18n/routing";
import { markdownToText } from "@/lib/content/markdown";
import { getPublicStructure, PROFILE_MEETINGS_LIMIT } from "@/lib/data/structures/get-public-structure";
import { pageMetadata } from "@/lib/seo/metadata";
import { structureJsonLd } from "@/lib/seo/json-ld";
import { JsonLd } from "@/components/ui/json-ld";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { SubscribeForm } from "@/components/alerts/subscribe-form";
import { StructureHeader } from "@/components/structures/structure-header";
import { StructureProfileView } from "@/components/structures/structure-profile";
import { loadBySlug } from "@/lib/data/load-by-slug";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on its first request, then cached until its tags are invalidated.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

// Once per render, shared by generateMetadata and the page.
const loadStructure = loadBySlug(getPublicStructure);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const structure = await loadStructure(locale, slug);
  if (!structure) return {};
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    path: `/structures/${structure.slug}`,
    title: structure.name,
    description: markdownToText(structure.description, 200),
    siteName: site("name"),
  });
}

export default async function StructurePage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const structure = await loadStructure(locale, slug);
  if (!structure) notFound();
  const [plans, planTexts] = await Promise.all([
    listStructurePlans(locale, structure.id),
    getTranslations({ locale, namespace: "Plans" }),
  ]);
  return (
    <div className="space-y-6">
      <JsonLd data={structureJsonLd(structure, locale, { city: structure.cityName })} />
      {structure.isFallback ? <FallbackNotice locale={locale} /> : null}
      <StructureHeader structure={structure} locale={locale} />
      <StructureProfileView structure={structure} meetingsLimit={PROFILE_MEETINGS_LIMIT} locale={locale} />
      {plans.length ? (
        <Section id="plans" title={planTexts("structurePlansTitle")}>
          <PlanSummaryList plans={plans} locale={locale} />
        </Section>
      ) : null}
      <SubscribeForm locale={locale} scope="STRUCTURE" target={structure.slug} name={structure.name} />
    </div>
  );
}
