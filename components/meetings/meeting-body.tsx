import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { AppLocale } from "@/i18n/routing";
import { formatDate, formatFileSize, timeZoneLabel } from "@/lib/content/format";
import type { PublicMeeting } from "@/lib/data/meetings/get-published-meeting";
import { MeetingCard } from "./meeting-card";
import { AgendaInYourZone } from "./local-times";
import { MeetingTimesMessages } from "./meeting-times-messages";
import { documentMetaOf, MeetingTimetable } from "./meeting-timetable";
import { DecisionList } from "@/components/decisions/decision-list";
import { BackArrow, ForwardArrow } from "@/components/ui/arrows";
import { PartInEnglish, TitleInEnglish } from "./part-in-english";

/** Whether a section shows rows in another language than the page's text (each row then carries its own lang). */
const inOtherLanguage = (meeting: PublicMeeting, rows: { locale: string }[]) =>
  rows.some((row) => row.locale !== meeting.text.locale);

export async function MeetingAgenda({ meeting, locale }: { meeting: PublicMeeting; locale: AppLocale }) {
  if (!meeting.agenda.length) return null;
  const t = await getTranslations({ locale, namespace: "Meetings" });
  const times = await getTranslations({ locale, namespace: "MeetingTimes" });
  const timetable = await getTranslations({ locale, namespace: "Timetable" });
  const timed = meeting.agenda.some((item) => item.startsAt);
  return (
    <section aria-labelledby="agenda" className="space-y-4">
      <h2 id="agenda" className="text-xl font-semibold text-brand-900">
        {t("agenda")}
      </h2>
      {inOtherLanguage(meeting, meeting.agenda) ? <PartInEnglish locale={locale} /> : null}
      {timed ? (
        <div className="space-y-1 text-sm text-slate-700">
          <p>{times("agendaIn", { timeZone: timeZoneLabel(meeting.timeZone, meeting.startsAt, locale) })}</p>
          <MeetingTimesMessages>
            <AgendaInYourZone
              slug={meeting.slug}
              startsAt={meeting.startsAt.toISOString()}
              timeZone={meeting.timeZone}
            />
          </MeetingTimesMessages>
          <p className="print:hidden">
            <a href={`/${locale}/meetings/${meeting.slug}/agenda.ics`} className="text-brand-700 underline">
              {timetable("ics")}
            </a>
          </p>
        </div>
      ) : null}
      <MeetingTimetable meeting={meeting} locale={locale} zone={meeting.timeZone} />
    </section>
  );
}

/** The meeting's decisions with their follow-up, and the previous meeting's (what became of them). */
export async function MeetingDecisions({ meeting, locale }: { meeting: PublicMeeting; locale: AppLocale }) {
  if (!meeting.decisions.length && !meeting.previousDecisions.length) return null;
  const t = await getTranslations({ locale, namespace: "Decisions" });
  return (
    <>
      {meeting.decisions.length ? (
        <section aria-labelledby="decisions" className="space-y-3">
          <h2 id="decisions" className="text-xl font-semibold text-brand-900">
            {t("sectionTitle")}
          </h2>
          <DecisionList locale={locale} decisions={meeting.decisions} showMeeting={false} headingLevel={3} />
        </section>
      ) : null}
      {meeting.previousDecisions.length ? (
        <section aria-labelledby="previous-decisions" className="space-y-3">
          <h2 id="previous-decisions" className="text-xl font-semibold text-brand-900">
            {t("previousTitle")}
          </h2>
          <DecisionList locale={locale} decisions={meeting.previousDecisions} headingLevel={3} />
        </section>
      ) : null}
    </>
  );
}

/** The meeting's other outcomes (its decisions: MeetingDecisions). */
export async function MeetingOutcomes({ meeting, locale }: { meeting: PublicMeeting; locale: AppLocale }) {
  const outcomes = meeting.outcomes.filter((o) => o.kind !== "DECISION");
  if (!outcomes.length) return null;
  const t = await getTranslations({ locale, namespace: "Meetings" });
  return (
    <section aria-labelledby="outcomes" className="space-y-3">
      <h2 id="outcomes" className="text-xl font-semibold text-brand-900">
        {t("outcomes")}
      </h2>
      {inOtherLanguage(meeting, outcomes) ? <PartInEnglish locale={locale} /> : null}
      <ul className="space-y-3">
        {outcomes.map((outcome) => (
          <li key={outcome.id} className="rounded-md bg-brand-50 px-4 py-3">
            <p className="text-xs font-semibold tracking-wide text-brand-800 uppercase">{t("outcome")}</p>
            <p lang={outcome.locale} dir="auto">
              {outcome.text}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export async function MeetingDocuments({ meeting, locale }: { meeting: PublicMeeting; locale: AppLocale }) {
  if (!meeting.documents.length) return null;
  const t = await getTranslations({ locale, namespace: "Meetings" });
  const documentMeta = await documentMetaOf(locale);
  return (
    <section aria-labelledby="documents" className="space-y-3">
      <h2 id="documents" className="text-xl font-semibold text-brand-900">
        {t("documents")}
      </h2>
      <ul className="space-y-2">
        {meeting.documents.map((doc) => (
          <li key={doc.id} className="rounded-md border border-slate-200 bg-white px-4 py-3">
            <a
              href={`/api/documents/${doc.id}`}
              className="font-medium text-brand-700 underline"
              lang={doc.language}
              dir="auto"
            >
              {doc.title}
            </a>
            <TitleInEnglish locale={locale} titleLanguage={doc.language} />
            <span className="block text-xs text-slate-600">{documentMeta(doc)}</span>
          </li>
        ))}
      </ul>
      {meeting.status === "DRAFT" ? null : (
        <p>
          <a
            href={`/api/meetings/${meeting.slug}/documents.zip`}
            download
            className="font-medium text-brand-700 underline"
          >
            {t("downloadAll", {
              count: meeting.documents.length,
              size: formatFileSize(
                meeting.documents.reduce((sum, doc) => sum + doc.sizeBytes, 0),
                locale,
              ),
            })}
          </a>
        </p>
      )}
    </section>
  );
}

export async function MeetingRelated({ meeting, locale }: { meeting: PublicMeeting; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Meetings" });
  return (
    <>
      {meeting.related.length ? (
        <section aria-labelledby="related" className="space-y-3">
          <h2 id="related" className="text-xl font-semibold text-brand-900">
            {t("related")}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {meeting.related.map(({ kind, meeting: card }) => (
              <li key={card.id}>
                <p className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                  {t(`relation.${kind}`)}
                </p>
                <MeetingCard meeting={card} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {meeting.series ? (
        <nav aria-labelledby="series" className="space-y-3">
          <h2 id="series" className="text-xl font-semibold text-brand-900">
            {t("seriesNav")}
          </h2>
          <p>
            <Link href={`/meetings/series/${meeting.series.slug}`} className="font-medium text-brand-700 underline">
              {meeting.series.name}
            </Link>{" "}
            <span className="text-slate-600">· {t("seriesPage")}</span>
          </p>
          <ul className="grid gap-3 md:grid-cols-2">
            {meeting.seriesNeighbours.previous ? (
              <li className="flex flex-col">
                <p className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                  <BackArrow />
                  {t("previousInSeries")}
                </p>
                <MeetingCard meeting={meeting.seriesNeighbours.previous} locale={locale} />
              </li>
            ) : null}
            {meeting.seriesNeighbours.next ? (
              <li className="flex flex-col md:col-start-2">
                <p className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase md:text-end">
                  {t("nextInSeries")}
                  <ForwardArrow />
                </p>
                <MeetingCard meeting={meeting.seriesNeighbours.next} locale={locale} />
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
      {meeting.news.length ? (
        <section aria-labelledby="meeting-news" className="space-y-3">
          <h2 id="meeting-news" className="text-xl font-semibold text-brand-900">
            {t("news")}
          </h2>
          <ul className="space-y-2">
            {meeting.news.map((article) => (
              <li key={article.slug}>
                <Link
                  href={`/news/${article.slug}`}
                  className="font-medium text-brand-700 underline"
                  lang={article.locale}
                  dir="auto"
                >
                  {article.title}
                </Link>
                {article.publishedAt ? (
                  <span className="text-sm text-slate-600"> · {formatDate(article.publishedAt, locale)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
