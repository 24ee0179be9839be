import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { requireStaff } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDateRange } from "@/lib/content/format";
import { getStaffDashboard } from "@/lib/data/staff-dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Staff" });
  return { title: t("dashboard"), robots: { index: false } };
}

// Meetings open in the editor for those who may edit them, in the preview for RTC representatives.
const editHref = (kind: string, id: string, readOnly = false) =>
  kind === "meeting" ? `/staff/meetings/${id}${readOnly ? "/preview" : ""}` : kind === "news" ? `/staff/news/${id}` : `/staff/structures/${id}`;

export default async function StaffDashboard({ params }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const user = await requireStaff(locale, "staff.enter");
  const t = await getTranslations({ locale, namespace: "Staff" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const data = await getStaffDashboard(user, locale);
  const readOnlyMeetings = !can(user, "meeting.create");
  return (
    <>
      <PageHeader title={t("welcome", { name: user.name })} lead={t(`role.${user.role}`)}>
        <p className="flex flex-wrap gap-3">
          {can(user, "meeting.create") ? (
            <Link href="/staff/meetings/new" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">{t("newMeeting")}</Link>
          ) : null}
          {can(user, "news.create") ? (
            <Link href="/staff/news/new" className="rounded border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50">{t("newNews")}</Link>
          ) : null}
        </p>
      </PageHeader>
      <div className="grid gap-10 lg:grid-cols-2">
        <Section id="drafts" title={t("myDrafts")}>
          {data.drafts.length ? (
            <ul className="space-y-2">
              {data.drafts.map((d) => (
                <li key={`${d.kind}:${d.id}`} className="rounded border border-slate-200 bg-white px-4 py-3">
                  <span className="text-xs font-semibold uppercase text-slate-600">{t(`kind.${d.kind}`)}</span>
                  <Link href={editHref(d.kind, d.id, readOnlyMeetings)} className="block font-medium text-brand-800 underline">{d.title}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t("noDrafts")}</p>
          )}
        </Section>
        <Section id="upcoming" title={t("upcoming")}>
          {data.upcoming.length ? (
            <ul className="space-y-2">
              {data.upcoming.map((m) => (
                <li key={m.id} className="rounded border border-slate-200 bg-white px-4 py-3">
                  <span className="text-sm text-brand-700">{formatDateRange(m.startsAt, m.endsAt, m.timeZone, locale)} · {t(`status.${m.status as "DRAFT"}`)}</span>
                  <Link href={editHref("meeting", m.id, readOnlyMeetings)} className="block font-medium text-brand-800 underline">{m.title}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t("noUpcoming")}</p>
          )}
        </Section>
      </div>
      <div className="mt-10">
        <Section id="missing" title={t("missingTranslations")}>
          {data.missingTranslations.length ? (
            <ul className="grid gap-2 md:grid-cols-2">
              {data.missingTranslations.map((r) => (
                <li key={`${r.kind}:${r.id}`} className="rounded border border-slate-200 bg-white px-4 py-3">
                  <span className="text-xs font-semibold uppercase text-slate-600">{t(`kind.${r.kind}`)}</span>
                  <Link href={editHref(r.kind, r.id, readOnlyMeetings)} className="block font-medium text-brand-800 underline">{r.title}</Link>
                  <span className="text-sm text-slate-700">{t("missingList", { languages: r.missing.map((l) => languages(l)).join(", ") })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t("noMissing")}</p>
          )}
        </Section>
      </div>
    </>
  );
}
