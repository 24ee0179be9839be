import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { directionOf, isAppLocale, locales } from "@/i18n/routing";
import { meetingEditorAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getMeetingPreview } from "@/lib/data/meetings/get-meeting-preview";
import type { SearchParams } from "@/lib/validation/public-filters";
import { MeetingArticle } from "@/components/meetings/meeting-article";
import { MeetingEditorHeader } from "@/components/staff/meetings/meeting-editor-header";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffMeetings" });
  return { title: t("previewTitle"), robots: { index: false } };
}

/**
 * The meeting exactly as its public page shows it (or will) in the chosen
 * language, draft texts included. RTC representatives may read it for
 * meetings their centre hosts or organizes; only editors get the tab bar.
 */
export default async function MeetingPreviewPage({ params, searchParams }: Props) {
  const { locale, id, user, meeting: header } = await meetingEditorAccess(params, "meeting.readDraft");
  const requested = (await searchParams).lang;
  const lang = isAppLocale(requested) ? requested : locale;
  const [meeting, t, languages, editor] = await Promise.all([
    getMeetingPreview({ actor: user, id, locale: lang }),
    getTranslations({ locale, namespace: "StaffMeetings" }),
    getTranslations({ locale, namespace: "Languages" }),
    getTranslations({ locale, namespace: "StaffEditor" }),
  ]);
  if (!meeting) notFound();
  const shown = header.translationStates[lang] === "PUBLISHED";
  return (
    <>
      <MeetingEditorHeader
        locale={locale}
        meeting={header}
        active="preview"
        tabs={can(user, "meeting.update", header.scope)}
      />
      <div className="mb-6 space-y-3 rounded-lg border-2 border-amber-500 bg-amber-50 p-4">
        <p className="text-lg font-bold text-amber-950">
          {header.isPublic
            ? shown
              ? t("previewBannerPublic")
              : t("previewBannerPublicOtherLanguage")
            : t("previewBanner")}
        </p>
        <p className="text-sm text-amber-950">{t("previewBannerDetail")}</p>
        <nav aria-label={t("previewLanguage")}>
          <ul className="flex flex-wrap gap-2">
            {locales.map((l) => (
              <li key={l}>
                <Link
                  href={{ pathname: `/staff/meetings/${id}/preview`, query: { lang: l } }}
                  aria-current={l === lang ? "page" : undefined}
                  className={`block rounded border px-3 py-1 text-sm font-medium ${l === lang ? "border-brand-800 bg-brand-800 text-white" : "border-slate-400 bg-white text-brand-800 hover:bg-brand-50"}`}
                >
                  <span lang={l}>{languages(l)}</span>
                  <span className="ms-1 text-xs">({editor(`translation.${header.translationStates[l]}`)})</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div
        lang={lang}
        dir={directionOf(lang)}
        className="rounded-xl border-2 border-dashed border-slate-400 bg-slate-50 p-4 sm:p-6"
      >
        <article className="space-y-10">
          <MeetingArticle meeting={meeting} locale={lang} />
        </article>
      </div>
    </>
  );
}
