import { ReportWork } from "@/components/staff/plans/report-work";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { staffPage } from "@/lib/auth/guard";
import { formatDateRange } from "@/lib/content/format";
import { languageList } from "@/lib/content/language-names";
import { getStaffDashboard, type StaffDashboard } from "@/lib/data/get-staff-dashboard";
import { StatusBadge } from "@/components/staff/editor/translation-badges";
import { OpenDecisions } from "@/components/staff/open-decisions";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { buttonClass } from "@/components/ui/button";
import { AlertOverview } from "@/components/staff/subscribers/alert-overview";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Staff" });
  return { title: t("dashboard"), robots: { index: false } };
}

type Item = StaffDashboard["myDrafts"]["meetings"]["items"][number];

const primary = buttonClass("primary");
const secondary = "rounded border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50";

/**
 * The dashboard of each role: what this person works on. ROCB staff and
 * administrators: their own drafts, upcoming meetings, published records
 * missing a language. RTC representatives: their centre (edit it, and its
 * missing languages) and the meetings it hosts or organizes.
 */
export default async function StaffDashboardPage({ params }: Props) {
  const { locale, user } = await staffPage(params, "staff.enter");
  const [t, data] = await Promise.all([
    getTranslations({ locale, namespace: "Staff" }),
    getStaffDashboard(user, locale),
  ]);
  const editsMeetings = data.mayCreateMeetings;
  const editsNews = data.mayCreateNews;
  const meetingHref = (id: string) => (editsMeetings ? `/staff/meetings/${id}` : `/staff/meetings/${id}/preview`);
  const hrefOf = (item: Item) =>
    item.kind === "meeting"
      ? meetingHref(item.id)
      : item.kind === "news"
        ? `/staff/news/${item.id}`
        : `/staff/structures/${item.id}`;

  const list = (items: Item[], extra?: (item: Item) => React.ReactNode, columns = false) => (
    <ul className={columns ? "grid gap-2 md:grid-cols-2" : "space-y-2"}>
      {items.map((item) => (
        <li key={`${item.kind}:${item.id}`} className="rounded border border-slate-200 bg-white px-4 py-3">
          <span className="text-xs font-semibold text-slate-600 uppercase">{t(`kind.${item.kind}`)}</span>
          <Link
            href={hrefOf(item)}
            className="block font-medium text-brand-800 underline"
            lang={item.titleLocale}
            dir="auto"
          >
            {item.title}
          </Link>
          {extra?.(item)}
        </li>
      ))}
    </ul>
  );
  const more = (total: number, shown: number, href: string, label: string) =>
    total > shown ? (
      <p className="text-sm">
        <Link href={href} className="font-medium text-brand-700 underline">
          {label} ({total})
        </Link>
      </p>
    ) : null;
  const missing = (item: Item) => (
    <span className="text-sm text-slate-700">
      {t("missingList", { languages: languageList(item.missing, locale) })}
    </span>
  );

  const drafts = [...data.myDrafts.meetings.items, ...data.myDrafts.news.items];
  const gaps = [...data.gaps.meetings.items, ...data.gaps.structures.items];
  return (
    <>
      <PageHeader title={t("welcome", { name: user.name })} lead={t(`role.${user.role}`)}>
        <p className="flex flex-wrap gap-3">
          {editsMeetings ? (
            <Link href="/staff/meetings/new" className={primary}>
              {t("newMeeting")}
            </Link>
          ) : null}
          {editsNews ? (
            <Link href="/staff/news/new" className={secondary}>
              {t("newNews")}
            </Link>
          ) : null}
          {data.myCentre ? (
            <Link href={`/staff/structures/${data.myCentre}`} className={primary}>
              {t("editMyCentre")}
            </Link>
          ) : null}
        </p>
      </PageHeader>
      <div className="mb-10">
        <ReportWork work={data.reportWork} locale={locale} />
      </div>
      <div className="grid gap-10 lg:grid-cols-2">
        {editsMeetings || editsNews ? (
          <Section id="drafts" title={t("myDrafts")}>
            {drafts.length ? list(drafts) : <p className="text-slate-700">{t("noDrafts")}</p>}
            {more(
              data.myDrafts.meetings.total,
              data.myDrafts.meetings.items.length,
              "/staff/meetings?status=draft&mine=1",
              t("allMyDraftMeetings"),
            )}
            {more(
              data.myDrafts.news.total,
              data.myDrafts.news.items.length,
              "/staff/news?status=draft&mine=1",
              t("allMyDraftNews"),
            )}
          </Section>
        ) : null}
        <Section id="upcoming" title={editsMeetings ? t("upcoming") : t("upcomingOfCentre")}>
          {data.upcoming.items.length ? (
            <ul className="space-y-2">
              {data.upcoming.items.map((m) => (
                <li key={m.id} className="rounded border border-slate-200 bg-white px-4 py-3">
                  <span className="flex flex-wrap items-center gap-2 text-sm text-brand-700">
                    {formatDateRange(m.startsAt, m.endsAt, m.timeZone, locale)} <StatusBadge status={m.status} />
                  </span>
                  <Link
                    href={meetingHref(m.id)}
                    className="block font-medium text-brand-800 underline"
                    lang={m.titleLocale}
                    dir="auto"
                  >
                    {m.title}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t("noUpcoming")}</p>
          )}
          {more(data.upcoming.total, data.upcoming.items.length, "/staff/meetings", t("allMeetings"))}
        </Section>
        <OpenDecisions decisions={data.openDecisions} locale={locale} />
        <div className="lg:col-span-2">
          <Section id="missing" title={t("missingTranslations")}>
            {gaps.length ? list(gaps, missing, true) : <p className="text-slate-700">{t("noMissing")}</p>}
            {more(
              data.gaps.meetings.total,
              data.gaps.meetings.items.length,
              "/staff/meetings?status=published",
              t("allMeetings"),
            )}
            {more(
              data.gaps.structures.total,
              data.gaps.structures.items.length,
              "/staff/structures",
              t("allStructures"),
            )}
          </Section>
        </div>
        <div className="lg:col-span-2">
          <Section id="alerts" title={t("alerts")}>
            <AlertOverview overview={data.alerts} locale={locale} />
          </Section>
        </div>
      </div>
    </>
  );
}
