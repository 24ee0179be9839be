import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import type { PublicMeeting } from "@/lib/data/meetings/get-published-meeting";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { Markdown } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { MeetingAttendees } from "./meeting-attendees";
import { MeetingAgenda, MeetingDecisions, MeetingDocuments, MeetingOutcomes, MeetingRelated } from "./meeting-body";
import { MeetingFacts } from "./meeting-facts";

/**
 * A meeting as its public page shows it (below the breadcrumb). The staff
 * preview renders the same component, so a preview cannot drift from the page.
 */
export async function MeetingArticle({ meeting, locale }: { meeting: PublicMeeting; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Meetings" });
  const m = await getTranslations({ locale, namespace: "Meeting" });
  const contentLang = meeting.text.locale;
  return (
    <>
      {meeting.text.isFallback ? <FallbackNotice locale={locale} /> : null}
      <PageHeader title={meeting.text.title} lead={meeting.text.summary} lang={contentLang}>
        <p className="flex flex-wrap gap-2 text-sm">
          <span className="rounded-full bg-brand-100 px-3 py-1 font-medium text-brand-900">
            {m(`kind.${meeting.kind}`)}
          </span>
          <span className="rounded-full bg-slate-200 px-3 py-1 font-medium text-slate-800">
            {m(`format.${meeting.format}`)}
          </span>
          {meeting.status === "ARCHIVED" ? (
            <span className="rounded-full bg-amber-100 px-3 py-1 text-amber-900">{t("archived")}</span>
          ) : null}
        </p>
      </PageHeader>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-10">
          {meeting.text.body ? <Markdown source={meeting.text.body} lang={contentLang} /> : null}
          <MeetingAgenda meeting={meeting} locale={locale} />
          <MeetingDecisions meeting={meeting} locale={locale} />
          <MeetingOutcomes meeting={meeting} locale={locale} />
          <MeetingAttendees attendees={meeting.attendees} locale={locale} hasStarted={meeting.hasStarted} />
          <MeetingDocuments meeting={meeting} locale={locale} />
        </div>
        <aside className="space-y-6 lg:order-none">
          <MeetingFacts meeting={meeting} locale={locale} />
        </aside>
      </div>
      <MeetingRelated meeting={meeting} locale={locale} />
    </>
  );
}
