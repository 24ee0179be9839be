import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { directionOf, type AppLocale } from "@/i18n/routing";
import { formatPlace } from "@/lib/content/format";
import type { StructureCard as StructureCardData } from "@/lib/data/structures/select-structure-card";
import { FallbackBadge } from "@/components/ui/fallback-badge";
import { KindIcon } from "./kind-icon";

export async function StructureCard({
  structure,
  locale,
  headingLevel = 3,
}: {
  structure: StructureCardData;
  locale: AppLocale;
  headingLevel?: 2 | 3 | 4;
}) {
  const t = await getTranslations({ locale, namespace: "Structures" });
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="h-full card">
      <p className="flex items-center gap-2 text-xs font-semibold tracking-wide text-slate-600 uppercase">
        <KindIcon kind={structure.kind} />
        {t(`kind.${structure.kind}`)}
      </p>
      <Heading className="mt-2 text-base leading-snug font-semibold" lang={structure.contentLocale}>
        <Link
          href={`/structures/${structure.slug}`}
          dir={directionOf(structure.contentLocale)}
          className="text-brand-800 hover:underline"
        >
          {structure.name}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-slate-700">
        {formatPlace(structure.cityName, structure.countryCode, locale, (city, country) =>
          t("place", { city, country }),
        )}
      </p>
      {structure.hostAdministration ? (
        <p className="card-meta">
          <span className="sr-only">{t("hostAdministration")}: </span>
          <span lang={structure.contentLocale} dir={directionOf(structure.contentLocale)}>
            {structure.hostAdministration}
          </span>
        </p>
      ) : null}
      {structure.status === "INACTIVE" ? (
        <p className="mt-2 text-xs font-medium text-slate-700">{t("statusValue.INACTIVE")}</p>
      ) : null}
      {structure.isFallback ? <FallbackBadge locale={locale} /> : null}
    </article>
  );
}
