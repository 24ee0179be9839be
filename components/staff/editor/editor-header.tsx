import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import type { TranslationState } from "@/lib/content/translation-states";
import { EditorTabs, type EditorTabItem } from "./editor-tabs";
import { StatusBadge, TranslationBadges } from "./translation-badges";
import { BackArrow } from "@/components/ui/arrows";

/**
 * The one header of a record's editor — every tab of the meeting editor, the
 * news and structure editors: back link, title (the page's h1), status and
 * whether the public sees it, translation chips, and the tab bar with the
 * current tab marked.
 */
export async function EditorHeader({
  locale,
  back,
  title,
  titleLocale,
  status,
  isPublic,
  publicHref,
  translationStates,
  tabs,
  titleIsHeading = true,
  children,
}: {
  locale: AppLocale;
  back: { href: string; label: string };
  title: string;
  titleLocale?: string;
  /** The record's own status (meetings, news); omitted for structures. */
  status?: string;
  isPublic: boolean;
  publicHref?: string;
  translationStates?: Record<AppLocale, TranslationState>;
  tabs?: { label: string; items: EditorTabItem[]; active: string };
  /** False where the page has its own h1 (the preview shows the public page's). */
  titleIsHeading?: boolean;
  children?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "StaffEditor" });
  const Title = titleIsHeading ? "h1" : "p";
  return (
    <header className="mb-6 space-y-4">
      <p className="text-sm">
        <Link href={back.href} className="font-medium text-brand-700 underline">
          <BackArrow />
          {back.label}
        </Link>
      </p>
      <Title className="text-2xl leading-tight font-bold text-brand-900 sm:text-3xl" lang={titleLocale} dir="auto">
        {title}
      </Title>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        {status ? <StatusBadge status={status} /> : null}
        <span className="text-slate-700">{isPublic ? t("publicNow") : t("notPublic")}</span>
        {isPublic && publicHref ? (
          <Link href={publicHref} className="font-medium text-brand-700 underline">
            {t("viewPublic")}
          </Link>
        ) : null}
        {translationStates ? <TranslationBadges states={translationStates} /> : null}
      </div>
      {children}
      {tabs ? <EditorTabs label={tabs.label} items={tabs.items} active={tabs.active} /> : null}
    </header>
  );
}
