import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatDate, formatDateRange } from "@/lib/content/format";
import type { PublicDecision } from "@/lib/data/decisions/list-public-decisions";
import { FallbackBadge } from "@/components/ui/fallback-badge";
import { Link } from "@/components/ui/link";

const statusClass: Record<PublicDecision["status"], string> = {
  OPEN: "bg-amber-100 text-amber-900",
  IN_PROGRESS: "bg-sky-100 text-sky-900",
  DONE: "bg-emerald-100 text-emerald-900",
  DROPPED: "bg-slate-200 text-slate-800",
};

/**
 * Decisions with the meeting that took each (unless `showMeeting` is false:
 * on the meeting's own page), their status history and what became of them.
 */
export async function DecisionList({
  locale,
  decisions,
  showMeeting = true,
  headingLevel = 2,
}: {
  locale: AppLocale;
  decisions: PublicDecision[];
  showMeeting?: boolean;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations({ locale, namespace: "Decisions" });
  const Heading = `h${headingLevel}` as "h2" | "h3";
  return (
    <ul className="space-y-4">
      {decisions.map((d) => (
        <li key={d.id} id={`decision-${d.id}`} className="space-y-2 card" data-decision={d.id}>
          <div className="flex flex-wrap items-center gap-2">
            <span className={`rounded px-2 py-0.5 text-xs font-semibold ${statusClass[d.status]}`}>
              {t(`status.${d.status}`)}
            </span>
            <span className="text-xs font-medium text-slate-700">{t(`kind.${d.kind}`)}</span>
            {d.dueOn ? (
              <span className="text-xs text-slate-700">{t("due", { date: formatDate(d.dueOn, locale) })}</span>
            ) : null}
          </div>
          <Heading className="text-base font-medium text-slate-900" lang={d.text?.locale} dir="auto">
            {d.text?.text ?? ""}
          </Heading>
          {d.text?.isFallback ? <FallbackBadge locale={locale} /> : null}
          <dl className="grid gap-1 text-sm text-slate-700 sm:grid-cols-[max-content_1fr] sm:gap-x-4">
            {showMeeting ? (
              <>
                <dt className="font-medium">{t("takenAt")}</dt>
                <dd>
                  <Link href={`/meetings/${d.meeting.slug}`} className="underline" lang={d.meeting.title?.locale}>
                    {d.meeting.title?.title ?? d.meeting.slug}
                  </Link>{" "}
                  ({formatDateRange(d.meeting.startsAt, d.meeting.endsAt, d.meeting.timeZone, locale)})
                </dd>
              </>
            ) : null}
            {d.responsible.length ? (
              <>
                <dt className="font-medium">{t("responsible")}</dt>
                <dd>
                  {/* Joined as the language joins a list ("A, B", "A و B", "A et B"), each name a link. */}
                  {new Intl.ListFormat(locale, { type: "conjunction" })
                    .formatToParts(d.responsible.map((s) => s.slug))
                    .map((part, i) => {
                      const s = part.type === "element" ? d.responsible.find((r) => r.slug === part.value) : null;
                      return s ? (
                        <Link key={s.slug} href={`/structures/${s.slug}`} className="underline">
                          <bdi>{s.name}</bdi>
                        </Link>
                      ) : (
                        <span key={i}>{part.value}</span>
                      );
                    })}
                </dd>
              </>
            ) : null}
            {d.plans.length || d.followUpMeeting || d.followUpNews || d.followUpDocument ? (
              <>
                <dt className="font-medium">{t("followUp")}</dt>
                <dd>
                  <ul>
                    {d.plans.map((p) => (
                      <li key={p.slug}>
                        {t("followUpPlan")}{" "}
                        <Link href={`/regions/${p.regionCode}/plans/${p.slug}`} className="underline">
                          {p.title}
                        </Link>
                      </li>
                    ))}
                    {d.followUpMeeting ? (
                      <li>
                        {t("followUpMeeting", {
                          date: formatDateRange(
                            d.followUpMeeting.startsAt,
                            d.followUpMeeting.endsAt,
                            d.followUpMeeting.timeZone,
                            locale,
                          ),
                        })}{" "}
                        <Link href={`/meetings/${d.followUpMeeting.slug}`} className="underline">
                          {d.followUpMeeting.title}
                        </Link>
                      </li>
                    ) : null}
                    {d.followUpNews ? (
                      <li>
                        {t("followUpNews")}{" "}
                        <Link href={`/news/${d.followUpNews.slug}`} className="underline">
                          {d.followUpNews.title}
                        </Link>
                      </li>
                    ) : null}
                    {d.followUpDocument ? (
                      <li>
                        {t("followUpDocument")}{" "}
                        <Link href={`/meetings/${d.followUpDocument.meetingSlug}`} className="underline">
                          {d.followUpDocument.title}
                        </Link>
                      </li>
                    ) : null}
                  </ul>
                </dd>
              </>
            ) : null}
            {d.history.length > 1 ? (
              <>
                <dt className="font-medium">{t("history")}</dt>
                <dd>
                  <ol className="flex flex-wrap gap-x-3">
                    {d.history.map((h) => (
                      <li key={`${h.status}-${h.changedAt.toISOString()}`}>
                        {t("historyEntry", { status: t(`status.${h.status}`), date: formatDate(h.changedAt, locale) })}
                      </li>
                    ))}
                  </ol>
                </dd>
              </>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}
