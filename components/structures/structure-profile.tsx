import { getTranslations } from "next-intl/server";
import { directionOf, type AppLocale } from "@/i18n/routing";
import type { StructureProfile } from "@/lib/data/structures/get-public-structure";
import { Markdown } from "@/components/ui/markdown";
import { StructureFacts } from "./structure-facts";
import { StructureHistory } from "./structure-history";
import { StructureMeetings } from "./structure-meetings";

/** Uploaded files are served under /uploads (local disk by default, object storage behind the same path). */
function uploadUrl(key: string) {
  return `/uploads/${key.split("/").map(encodeURIComponent).join("/")}`;
}

/** The body of a structure's profile: side panel of facts, then texts, history and meetings. */
export async function StructureProfileView({
  structure,
  meetingsLimit,
  locale,
}: {
  structure: StructureProfile;
  meetingsLimit: number;
  locale: AppLocale;
}) {
  const t = await getTranslations({ locale, namespace: "Structures" });
  // Text in another language than the page's keeps its own direction (English on an Arabic page).
  const lang = structure.isFallback ? structure.contentLocale : undefined;
  const dir = lang ? directionOf(lang) : undefined;
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <aside aria-label={t("factsTitle")} className="space-y-6 lg:col-start-2 lg:row-start-1">
        {structure.logoKey ? (
          <div className="card">
            {/* eslint-disable-next-line @next/next/no-img-element -- an uploaded file of unknown size, shown as is */}
            <img
              src={uploadUrl(structure.logoKey)}
              alt={t("logoAlt", { name: structure.name })}
              className="mx-auto max-h-32 w-auto"
            />
          </div>
        ) : null}
        <StructureFacts structure={structure} locale={locale} />
      </aside>
      <div className="min-w-0 space-y-10 lg:col-start-1 lg:row-start-1">
        {structure.description ? (
          <section aria-labelledby="about" className="space-y-2">
            <h2 id="about" className="border-b border-slate-200 pb-2 text-xl font-semibold text-brand-900">
              {t("about")}
            </h2>
            <div dir={dir}>
              <Markdown source={structure.description} lang={lang} />
            </div>
          </section>
        ) : null}
        {structure.mandate ? (
          <section aria-labelledby="mandate" className="space-y-2">
            <h2 id="mandate" className="border-b border-slate-200 pb-2 text-xl font-semibold text-brand-900">
              {t("mandate")}
            </h2>
            <div dir={dir}>
              <Markdown source={structure.mandate} lang={lang} />
            </div>
          </section>
        ) : null}
        {structure.history.length ? (
          <section aria-labelledby="history" className="space-y-4">
            <h2 id="history" className="border-b border-slate-200 pb-2 text-xl font-semibold text-brand-900">
              {t("historyTitle")}
            </h2>
            <StructureHistory entries={structure.history} locale={locale} />
          </section>
        ) : null}
        <StructureMeetings meetings={structure.meetings} limit={meetingsLimit} locale={locale} />
      </div>
    </div>
  );
}
