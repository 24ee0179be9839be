import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { pageLocale } from "@/i18n/params";
import { getMeetingPage } from "@/lib/data/meetings/get-meeting-page";
import { markdownToText } from "@/lib/content/markdown";
import { pageMetadata } from "@/lib/seo/metadata";
import { meetingJsonLd } from "@/lib/seo/json-ld";
import { JsonLd } from "@/components/ui/json-ld";
import { MeetingArticle } from "@/components/meetings/meeting-article";
import { MeetingPlans } from "@/components/plans/meeting-plans";
import { loadBySlug } from "@/lib/data/load-by-slug";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on its first request, then cached until its tags are invalidated.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

// Once per render, shared by generateMetadata and the page.
const loadPage = loadBySlug(getMeetingPage);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const meeting = (await loadPage(locale, (await params).slug))?.meeting;
  if (!meeting) return {};
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    path: `/meetings/${meeting.slug}`,
    title: meeting.text.title,
    description: meeting.text.summary || markdownToText(meeting.text.body, 200),
    siteName: site("name"),
    type: "article",
    feeds: { ics: `/meetings/${meeting.slug}/calendar.ics` },
  });
}

export default async function MeetingPage({ params }: Props) {
  const locale = await pageLocale(params);
  const data = await loadPage(locale, (await params).slug);
  if (!data) notFound();
  const { meeting, plans } = data;
  const t = await getTranslations({ locale, namespace: "Meetings" });
  const nav = await getTranslations({ locale, namespace: "Nav" });
  return (
    <article className="space-y-10">
      <JsonLd data={meetingJsonLd(meeting, locale, { city: meeting.cityName })} />
      <Breadcrumb
        label={t("breadcrumb")}
        items={[
          { href: "/", label: nav("home") },
          { href: "/meetings", label: nav("meetings") },
        ]}
      />
      <MeetingArticle meeting={meeting} locale={locale} />
      <MeetingPlans plans={plans} locale={locale} />
    </article>
  );
}
