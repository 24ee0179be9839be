import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { staffPage } from "@/lib/auth/guard";
import { decideCitySuggestionAction } from "@/lib/actions/places";
import { countryName, formatDate } from "@/lib/content/format";
import { listCitySuggestions } from "@/lib/data/gazetteer/decide-city-suggestions";
import { ActionButton } from "@/components/staff/editor/action-button";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffPlaces" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * Administrators: the suggested changes to city names (typed in drafts, or by
 * staff without rights over every page of the city), each with the name it
 * replaces and the pages it would change; approve or reject.
 */
export default async function StaffPlacesPage({ params }: Props) {
  const { locale, user } = await staffPage(params, "gazetteer.review");
  const [t, languages, suggestions] = await Promise.all([
    getTranslations({ locale, namespace: "StaffPlaces" }),
    getTranslations({ locale, namespace: "Languages" }),
    listCitySuggestions({ actor: user, locale }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {suggestions.length ? (
        <ul className="space-y-4" data-testid="city-suggestions">
          {suggestions.map((s) => (
            <li key={s.id} className="space-y-3 card sm:p-5">
              <h2 className="text-lg font-semibold text-brand-900">
                <bdi>{s.city}</bdi>, {countryName(s.countryCode, locale)} · {languages(s.locale)}
              </h2>
              <dl className="grid gap-2 text-sm sm:grid-cols-2">
                <div>
                  <dt className="font-medium text-slate-700">{t("current")}</dt>
                  <dd lang={s.locale} dir="auto">
                    {s.current || <span className="text-slate-600 italic">{t("none")}</span>}
                  </dd>
                </div>
                <div>
                  <dt className="font-medium text-slate-700">{t("suggested")}</dt>
                  <dd lang={s.locale} dir="auto">
                    {s.name || <span className="font-medium text-red-800">{t("removal")}</span>}
                  </dd>
                </div>
                <div>
                  <dt className="font-medium text-slate-700">{t("by")}</dt>
                  <dd>
                    <bdi>{s.suggestedBy ?? "—"}</bdi>, {formatDate(s.createdAt, locale)}
                    {s.meeting ? (
                      <>
                        {" · "}
                        <Link href={`/staff/meetings/${s.meeting.id}`} className="text-brand-700 underline" dir="auto">
                          {s.meeting.title}
                        </Link>
                      </>
                    ) : null}
                  </dd>
                </div>
                <div>
                  <dt className="font-medium text-slate-700">{t("pages", { count: s.pages.total })}</dt>
                  <dd>
                    <ul className="list-disc space-y-1 ps-5">
                      {s.pages.pages.map((page) => (
                        <li key={page.href}>
                          <Link href={page.href} className="inline-block py-0.5 text-brand-700 underline" dir="auto">
                            {page.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              </dl>
              <div className="flex flex-wrap gap-3">
                <ActionButton
                  action={decideCitySuggestionAction}
                  fields={{ id: s.id, decision: "approve" }}
                  label={t("approve")}
                  detail={`${s.city} (${languages(s.locale)})`}
                  variant="primary"
                />
                <ActionButton
                  action={decideCitySuggestionAction}
                  fields={{ id: s.id, decision: "reject" }}
                  label={t("reject")}
                  detail={`${s.city} (${languages(s.locale)})`}
                  variant="danger"
                />
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded border border-slate-200 bg-white p-6 text-slate-700">{t("empty")}</p>
      )}
    </>
  );
}
