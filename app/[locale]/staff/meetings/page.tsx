import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { staffPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatDateRange, timeZoneLabel } from "@/lib/content/format";
import { listStaffMeetings } from "@/lib/data/meetings/list-staff-meetings";
import { pageSchema, type SearchParams } from "@/lib/validation/public-filters";
import { staffMeetingFiltersSchema } from "@/lib/validation/meetings";
import { RecordCard } from "@/components/staff/editor/record-card";
import { StaffMeetingFilters } from "@/components/staff/meetings/staff-meeting-filters";
import { PageHeader } from "@/components/ui/page-header";
import { DeletedNotice } from "@/components/staff/editor/delete-draft-link";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffMeetings" });
  return { title: t("listTitle"), robots: { index: false } };
}

export default async function StaffMeetingsPage({ params, searchParams }: Props) {
  // Everyone in the workspace may list what their scope lets them read;
  // RTC representatives get a read-only list (preview links, no editing).
  const { locale, user } = await staffPage(params, "staff.enter");
  const query = await searchParams;
  const filters = staffMeetingFiltersSchema.parse(query);
  const page = pageSchema.parse(query.page);
  const [result, t, staff, f] = await Promise.all([
    listStaffMeetings({ actor: user, locale, filters, page }),
    getTranslations({ locale, namespace: "StaffMeetings" }),
    getTranslations({ locale, namespace: "Staff" }),
    getTranslations({ locale, namespace: "Filters" }),
  ]);
  const mayEdit = can(user, "meeting.create");
  return (
    <>
      <DeletedNotice show={query.deleted} />
      <PageHeader title={t("listTitle")} lead={mayEdit ? t("listLead") : t("listLeadReadOnly")}>
        {mayEdit ? (
          <p>
            <Link href="/staff/meetings/new" className={buttonClass("primary")}>
              {staff("newMeeting")}
            </Link>
          </p>
        ) : null}
      </PageHeader>
      <StaffMeetingFilters locale={locale} filters={filters} />
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-4">
        <p className="text-sm text-slate-700" role="status">
          {f("results", { count: result.total })}
        </p>
        <p className="text-xs text-slate-700">{t("legend")}</p>
      </div>
      {result.items.length ? (
        <ul className="mt-4 space-y-3">
          {result.items.map((meeting) => (
            <RecordCard
              key={meeting.id}
              href={mayEdit ? `/staff/meetings/${meeting.id}` : `/staff/meetings/${meeting.id}/preview`}
              title={meeting.title}
              titleLang={meeting.titleLocale}
              status={meeting.status}
              translationStates={meeting.translations}
              facts={[
                <time key="dates" dateTime={meeting.startsAt.toISOString()}>
                  {formatDateRange(meeting.startsAt, meeting.endsAt, meeting.timeZone, locale)}
                </time>,
                timeZoneLabel(meeting.timeZone, meeting.startsAt, locale),
                meeting.scheduled && meeting.publishAt
                  ? t("scheduledFor", { date: formatDate(meeting.publishAt, locale, meeting.timeZone) })
                  : null,
              ]}
              actions={
                <>
                  {mayEdit ? (
                    <Link href={`/staff/meetings/${meeting.id}`} className={buttonClass("secondary", "sm")}>
                      {staff("edit")}
                      <span className="sr-only">: {meeting.title}</span>
                    </Link>
                  ) : null}
                  <Link href={`/staff/meetings/${meeting.id}/preview`} className={buttonClass("plain", "sm")}>
                    {t("tab.preview")}
                    <span className="sr-only">: {meeting.title}</span>
                  </Link>
                </>
              }
            />
          ))}
        </ul>
      ) : (
        <p className="mt-6 rounded border border-slate-200 bg-white p-6 text-slate-700">{t("noResults")}</p>
      )}
      <Pagination
        pathname="/staff/meetings"
        query={{ status: filters.status?.toLowerCase(), q: filters.q, mine: filters.mine ? "1" : undefined }}
        page={page}
        pageCount={result.pageCount}
      />
    </>
  );
}
