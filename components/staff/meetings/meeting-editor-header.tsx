import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { StatusBadge, TranslationBadges, type TranslationState } from "./badges";
import { MeetingEditorTabs, type EditorTab } from "./meeting-editor-tabs";

export type EditorHeaderData = {
  id: string;
  slug: string;
  status: string;
  title: string;
  titleLocale: string;
  isPublic: boolean;
  translationStates: Record<AppLocale, TranslationState>;
};

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
      <MeetingEditorTabs locale={locale} id={meeting.id} active={active} />
    </header>
  );
}
