import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { StatusBadge, TranslationBadges, type TranslationState } from "./badges";

export type EditorTab = "details" | "agenda" | "outcomes" | "related" | "attendees" | "documents" | "preview";

export type EditorHeaderData = {
  id: string;
  slug: string;
  status: string;
  title: string;
  titleLocale: string;
  isPublic: boolean;
  translationStates: Record<AppLocale, TranslationState>;
};

/** The sections of a meeting's editor, in tab order (attendees and documents have their own pages). */
export function editorTabs(id: string): { tab: EditorTab; href: string }[] {
  const base = `/staff/meetings/${id}`;
  return [
    { tab: "details", href: base },
    { tab: "agenda", href: `${base}/agenda` },
    { tab: "outcomes", href: `${base}/outcomes` },
    { tab: "related", href: `${base}/related` },
    { tab: "attendees", href: `${base}/attendees` },
    { tab: "documents", href: `${base}/documents` },
    { tab: "preview", href: `${base}/preview` },
  ];
}

/**
 * Top of every page of a meeting's editor: back link, title (the page's h1
 * unless the page has its own), status, translations, and the tab bar.
 */
export async function MeetingEditorHeader({
  locale,
  meeting,
  active,
  titleIsHeading = true,
}: {
  locale: AppLocale;
  meeting: EditorHeaderData;
  active: EditorTab;
  titleIsHeading?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "StaffMeetings" });
  const staff = await getTranslations({ locale, namespace: "Staff" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const Title = titleIsHeading ? "h1" : "p";
  return (
    <header className="mb-6 space-y-4">
      <p className="text-sm">
        <Link href="/staff/meetings" className="font-medium text-brand-700 underline">
          <span aria-hidden="true" className="rtl:hidden">← </span>
          <span aria-hidden="true" className="hidden rtl:inline">→ </span>
          {t("backToList")}
        </Link>
      </p>
      <Title className="text-2xl font-bold leading-tight text-brand-900 sm:text-3xl" lang={meeting.titleLocale} dir="auto">
        {meeting.title}
      </Title>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <StatusBadge status={meeting.status} label={staff(`status.${meeting.status as "DRAFT"}`)} />
        <span className="text-slate-700">{meeting.isPublic ? t("publicNow") : t("notPublic")}</span>
        {meeting.isPublic ? (
          <Link href={`/meetings/${meeting.slug}`} className="font-medium text-brand-700 underline">
            {staff("viewPublic")}
          </Link>
        ) : null}
        <TranslationBadges
          states={meeting.translationStates}
          label={t("translations")}
          describe={(l, state) => t("translationState", { language: languages(l), state: t(`state.${state}`) })}
        />
      </div>
      <nav aria-label={t("sections")} className="overflow-x-auto border-b border-slate-300">
        <ul className="flex min-w-max gap-1">
          {editorTabs(meeting.id).map(({ tab, href }) => {
            const current = tab === active;
            return (
              <li key={tab}>
                <Link
                  href={href}
                  aria-current={current ? "page" : undefined}
                  className={`-mb-px block border-b-4 px-3 py-2 text-sm font-medium ${
                    current ? "border-brand-700 text-brand-900" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-brand-800"
                  }`}
                >
                  {t(`tab.${tab}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
