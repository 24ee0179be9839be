import { getTranslations } from "next-intl/server";
import { directionOf, type AppLocale } from "@/i18n/routing";
import type { StructureProfile } from "@/lib/data/structures/get-public-structure";
import { KindIcon } from "./kind-icon";

/** The profile's heading: kind above the name (the one h1), host administration below. */
export async function StructureHeader({ structure, locale }: { structure: StructureProfile; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Structures" });
  const lang = structure.contentLocale;
  const dir = directionOf(lang);
  return (
    <header className="mb-8 space-y-3 border-b border-slate-200 pb-6">
      <p className="flex items-center gap-2 text-sm font-semibold tracking-wide text-brand-700 uppercase">
        <KindIcon kind={structure.kind} />
        {t(`kind.${structure.kind}`)}
      </p>
      <h1 className="text-3xl leading-tight font-bold text-brand-900" lang={lang}>
        <span dir={dir}>{structure.name}</span>
      </h1>
      {structure.hostAdministration ? (
        <p className="max-w-3xl text-lg text-slate-700" lang={lang}>
          <span dir={dir}>{structure.hostAdministration}</span>
        </p>
      ) : null}
    </header>
  );
}
