import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { MeetingEditorTabs } from "@/components/staff/meetings/meeting-editor-tabs";

/**
 * The top of a meeting sub-page of the staff editor (attendees, documents):
 * a breadcrumb back to the meeting, the page's h1 and the meeting it belongs to,
 * and the tab bar of the meeting's editor.
 */
export async function MeetingPartHeader({
  locale,
  meeting,
  title,
  lead,
  tab,
  children,
}: {
  locale: AppLocale;
  meeting: { id: string; title: string; titleLocale: string; status: string };
  title: string;
  lead: string;
  tab: "attendees" | "documents";
  children?: ReactNode;
}) {
  const staff = await getTranslations({ locale, namespace: "Staff" });
  const meetings = await getTranslations({ locale, namespace: "Meetings" });
  return (
    <header className="mb-8 space-y-3 border-b border-slate-200 pb-6">
      <nav aria-label={meetings("breadcrumb")} className="text-sm text-slate-700">
        <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <li>
            <Link href="/staff" className="underline">{staff("dashboard")}</Link> <span aria-hidden="true">/</span>
          </li>
          <li>
            <Link href="/staff/meetings" className="underline">{staff("meetings")}</Link> <span aria-hidden="true">/</span>
          </li>
          <li className="min-w-0">
            <Link href={`/staff/meetings/${meeting.id}`} className="underline" lang={meeting.titleLocale} dir="auto">
              {meeting.title}
            </Link>
          </li>
        </ol>
      </nav>
      <h1 className="text-3xl font-bold leading-tight text-brand-900">{title}</h1>
      <p className="flex flex-wrap items-center gap-2 text-base text-slate-800">
        <span className="font-medium" lang={meeting.titleLocale} dir="auto">{meeting.title}</span>
        <span className="rounded-full bg-slate-200 px-3 py-0.5 text-sm font-medium text-slate-800">{staff(`status.${meeting.status as "DRAFT"}`)}</span>
      </p>
      <MeetingEditorTabs locale={locale} id={meeting.id} active={tab} />
      <p className="max-w-3xl text-slate-700">{lead}</p>
      {children}
    </header>
  );
}
