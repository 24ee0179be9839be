import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { directionOf, type AppLocale } from "@/i18n/routing";
import { formatDate, formatPlace, isoDate } from "@/lib/content/format";
import type { StructureProfile } from "@/lib/data/structures/get-public-structure";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="py-3 first:pt-0 last:pb-0">
      <dt className="text-sm font-medium text-slate-600">{term}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}

/** Telephone numbers as dialable tel: links ("+996 312 000 000" → tel:+996312000000). */
function telHref(phone: string) {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/** The profile's side panel: key facts, then contacts and head. */
export async function StructureFacts({ structure, locale }: { structure: StructureProfile; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Structures" });
  const lang = structure.contentLocale;
  const dir = directionOf(lang);
  const linkClass = "break-words text-brand-700 underline underline-offset-2 hover:text-brand-900";
  return (
    <div className="space-y-6">
      <section aria-labelledby="facts" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="facts" className="mb-3 text-lg font-semibold text-brand-900">
          {t("factsTitle")}
        </h2>
        <dl className="divide-y divide-slate-100">
          <Fact term={t("kindLabel")}>{t(`kind.${structure.kind}`)}</Fact>
          <Fact term={t("region")}>
            <Link
              href={`/regions/${structure.regionCode.toLowerCase()}`}
              className={linkClass}
              lang={structure.regionLocale}
            >
              {structure.regionName}
            </Link>
          </Fact>
          <Fact term={t("location")}>
            {formatPlace(structure.cityName, structure.countryCode, locale, (city, country) =>
              t("place", { city, country }),
            )}
          </Fact>
          {structure.hostAdministration ? (
            <Fact term={t("hostAdministration")}>
              <span lang={lang} dir={dir}>
                {structure.hostAdministration}
              </span>
            </Fact>
          ) : null}
          {structure.establishedOn ? (
            <Fact term={t("established")}>
              <time dateTime={isoDate(structure.establishedOn)}>{formatDate(structure.establishedOn, locale)}</time>
            </Fact>
          ) : null}
          <Fact term={t("status")}>{t(`statusValue.${structure.status}`)}</Fact>
        </dl>
      </section>

      <section aria-labelledby="contacts" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="contacts" className="mb-3 text-lg font-semibold text-brand-900">
          {t("contactsTitle")}
        </h2>
        <dl className="divide-y divide-slate-100">
          {structure.headName ? (
            <Fact term={t("head")}>
              <span className="block font-medium">
                <bdi>{structure.headName}</bdi>
              </span>
              {structure.headTitle ? (
                <span className="block text-sm text-slate-700">
                  <span lang={lang} dir={dir}>
                    {structure.headTitle}
                  </span>
                </span>
              ) : null}
            </Fact>
          ) : null}
          {structure.address ? (
            <Fact term={t("address")}>
              <address className="not-italic">
                <span dir="auto">{structure.address}</span>
              </address>
            </Fact>
          ) : null}
          {structure.email ? (
            <Fact term={t("email")}>
              <a href={`mailto:${structure.email}`} className={linkClass}>
                {structure.email}
              </a>
            </Fact>
          ) : null}
          {structure.phone ? (
            <Fact term={t("phone")}>
              <a href={telHref(structure.phone)} className={linkClass} dir="ltr">
                {structure.phone}
              </a>
            </Fact>
          ) : null}
          {structure.website ? (
            <Fact term={t("website")}>
              <a href={structure.website} className={linkClass} rel="noopener noreferrer" dir="ltr">
                {structure.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
              </a>
            </Fact>
          ) : null}
        </dl>
      </section>
    </div>
  );
}
