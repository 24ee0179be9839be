import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatDateRange, isoDate } from "@/lib/content/format";
import type { PublicMeeting } from "@/lib/data/meetings/get-published-meeting";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { Markdown } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { MeetingAttendees } from "./meeting-attendees";
import { MeetingAgenda, MeetingDecisions, MeetingDocuments, MeetingOutcomes, MeetingRelated } from "./meeting-body";
import { MeetingFacts } from "./meeting-facts";
import { PartInEnglish } from "./part-in-english";

const phaseTone = {
  upcoming: "bg-green-100 text-green-900",
  ongoing: "bg-amber-100 text-amber-950",
  past: "bg-slate-200 text-slate-800",
} as const;

/**
 * A meeting as its public page shows it (below the breadcrumb). The staff
 * preview renders the same component, so a preview cannot drift from the page.
 * The key facts (when, where, in which format, who hosts and organizes, and
 * whether it is upcoming, under way or past) come first on every screen; the
 * text, agenda, outcomes, attendees and documents follow.
 */
export async function MeetingArticle({ meeting, locale }: { meeting: PublicMeeting; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Meetings" });
  const m = await getTranslations({ locale, namespace: "Meeting" });
  const contentLang = meeting.text.locale;
  return (
    <>
      {/* The notice sits right above the title it speaks of (12 px, not the article's 40), and the header keeps
          its own 32 px below, so the key facts keep their place on the first screen. */}
      <div className="mb-8 space-y-3">
        {meeting.text.isFallback ? <FallbackNotice locale={locale} /> : null}
        <PageHeader title={meeting.text.title} lang={contentLang}>
          {/* The dates at a glance under the title, short ("12–15 Oct 2021"), beside the status and kind
            (one line, so the key facts stay on the first screen); the facts give them in full, with hours. */}
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <p className="text-lg font-medium text-slate-800" data-testid="meeting-header-date">
              <time dateTime={isoDate(meeting.startsAt, meeting.timeZone)}>
                {formatDateRange(meeting.startsAt, meeting.endsAt, meeting.timeZone, locale, { short: true })}
              </time>
            </p>
            <p className="flex flex-wrap gap-2 text-sm">
              <span
                className={`rounded-full px-3 py-1 font-medium ${phaseTone[meeting.phase]}`}
                data-testid="meeting-phase"
              >
                {t(`phase.${meeting.phase}`)}
              </span>
              <span className="rounded-full bg-brand-100 px-3 py-1 font-medium text-brand-900">
                {m(`kind.${meeting.kind}`)}
              </span>
              {meeting.status === "ARCHIVED" ? (
                <span className="rounded-full bg-amber-100 px-3 py-1 text-amber-900">{t("archived")}</span>
              ) : null}
            </p>
          </div>
        </PageHeader>
      </div>
      <MeetingFacts meeting={meeting} locale={locale} />
      <div className="max-w-3xl space-y-10">
        {meeting.text.summary ? (
          <p className="text-lg text-slate-700" lang={contentLang} dir="auto">
            {meeting.text.summary}
          </p>
        ) : null}
        {meeting.body ? (
          <div className="space-y-3">
            {meeting.body.locale !== contentLang ? <PartInEnglish locale={locale} /> : null}
            <Markdown source={meeting.body.source} lang={meeting.body.locale} />
          </div>
        ) : null}
        <MeetingAgenda meeting={meeting} locale={locale} />
        <MeetingDecisions meeting={meeting} locale={locale} />
        <MeetingOutcomes meeting={meeting} locale={locale} />
        <MeetingAttendees attendees={meeting.attendees} locale={locale} hasStarted={meeting.hasStarted} />
        <MeetingDocuments meeting={meeting} locale={locale} />
      </div>
      <MeetingRelated meeting={meeting} locale={locale} />
    </>
  );
}
