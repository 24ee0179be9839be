import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/params";
import { getPublishedMeeting } from "@/lib/data/meeting-detail";
import { markdownToText } from "@/lib/content/markdown";
import { pageMetadata } from "@/lib/seo/metadata";
import { MeetingAttendees } from "@/components/meetings/meeting-attendees";
import { MeetingAgenda, MeetingDocuments, MeetingOutcomes, MeetingRelated } from "@/components/meetings/meeting-body";
import { MeetingFacts } from "@/components/meetings/meeting-facts";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { Markdown } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const meeting = await getPublishedMeeting({ locale, slug });
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
  await connection();
  const { slug } = await params;
  const meeting = await getPublishedMeeting({ locale, slug });
  if (!meeting) notFound();
  const t = await getTranslations({ locale, namespace: "Meetings" });
  const m = await getTranslations({ locale, namespace: "Meeting" });
  const nav = await getTranslations({ locale, namespace: "Nav" });
  const contentLang = meeting.text.locale;
  return (
    <article className="space-y-10">
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-700">
        <ol className="flex flex-wrap gap-2">
          <li><Link href="/" className="underline">{nav("home")}</Link> <span aria-hidden="true">/</span></li>
          <li><Link href="/meetings" className="underline">{nav("meetings")}</Link></li>
        </ol>
      </nav>
      {meeting.text.isFallback ? <FallbackNotice locale={locale} /> : null}
      <PageHeader title={meeting.text.title} lead={meeting.text.summary} lang={contentLang}>
        <p className="flex flex-wrap gap-2 text-sm">
          <span className="rounded-full bg-brand-100 px-3 py-1 font-medium text-brand-900">{m(`kind.${meeting.kind}`)}</span>
          <span className="rounded-full bg-slate-200 px-3 py-1 font-medium text-slate-800">{m(`format.${meeting.format}`)}</span>
          {meeting.status === "ARCHIVED" ? <span className="rounded-full bg-amber-100 px-3 py-1 text-amber-900">{t("archived")}</span> : null}
        </p>
      </PageHeader>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-10">
          {meeting.text.body ? <Markdown source={meeting.text.body} lang={contentLang} /> : null}
          <MeetingAgenda meeting={meeting} locale={locale} />
          <MeetingOutcomes meeting={meeting} locale={locale} />
          <MeetingAttendees attendees={meeting.attendees} locale={locale} />
          <MeetingDocuments meeting={meeting} locale={locale} />
        </div>
        <aside className="space-y-6 lg:order-none">
          <MeetingFacts meeting={meeting} locale={locale} />
        </aside>
      </div>
      <MeetingRelated meeting={meeting} locale={locale} />
    </article>
  );
}
