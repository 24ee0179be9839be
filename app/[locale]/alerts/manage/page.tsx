import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { getManagedSubscriptions } from "@/lib/data/alerts/manage-subscriptions";
import { AlertCard } from "@/components/alerts/alert-card";
import { Button } from "@/components/ui/button";

// A subscriber's alerts, from the link in every e-mail (no account): each
// with its unsubscribe button, and the address's own erasure. Per request,
// never cached; the link is a secret, never sent to another site in a Referer
// ("same-origin": "no-referrer" would make the browser send `Origin: null`
// with the page's own forms, which the request seam refuses as cross-site).

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[]; done?: string | string[] }>;
};

const doneMessages = ["confirmed", "unsubscribed", "forgotten", "invalid"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Alerts" });
  return { title: t("manageTitle"), robots: { index: false }, referrer: "same-origin" };
}

export default async function ManagePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const { token, done } = await searchParams;
  const value = typeof token === "string" ? token.slice(0, 200) : "";
  const [t, languages] = await Promise.all([
    getTranslations({ locale, namespace: "Alerts" }),
    getTranslations({ locale, namespace: "Languages" }),
  ]);
  const subscriptions = value ? await getManagedSubscriptions(value, locale) : null;
  const notice = doneMessages.find((d) => d === done);
  return (
    <AlertCard title={t("manageTitle")}>
      {notice ? (
        <p
          role="status"
          className={
            notice === "invalid"
              ? "rounded border border-red-700 bg-red-50 p-3 text-sm font-medium text-red-800"
              : "rounded border border-green-700 bg-green-50 p-3 text-sm font-medium text-green-900"
          }
        >
          {t(`done.${notice}`)}
        </p>
      ) : null}
      {subscriptions === null ? (
        notice === "forgotten" ? null : (
          <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm font-medium text-red-800">
            {t("manageInvalid")}
          </p>
        )
      ) : (
        <>
          <p className="text-slate-800">{t("manageIntro")}</p>
          {subscriptions.length ? (
            <ul className="space-y-3" data-testid="alert-subscriptions">
              {subscriptions.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 card">
                  <div>
                    <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
                      {t(`scope.${s.scope}`)}
                    </p>
                    <p className="font-semibold text-slate-900">{s.name}</p>
                    <p className="text-sm text-slate-700">
                      {t("subscriptionLine", {
                        content: t(`contentOption.${s.content}`),
                        frequency: t(`frequencyOption.${s.frequency}`),
                        language: languages(s.locale),
                      })}
                    </p>
                  </div>
                  <form method="post" action="/api/alerts/unsubscribe">
                    <input type="hidden" name="token" value={value} />
                    <input type="hidden" name="subscription" value={s.id} />
                    <input type="hidden" name="locale" value={locale} />
                    <Button variant="secondary" size="sm">
                      {t("unsubscribe")}
                      <span className="sr-only">: {s.name}</span>
                    </Button>
                  </form>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t("manageEmpty")}</p>
          )}
          <div className="flex flex-wrap gap-4 border-t border-slate-200 pt-4">
            {subscriptions.length ? (
              <form method="post" action="/api/alerts/unsubscribe">
                <input type="hidden" name="token" value={value} />
                <input type="hidden" name="locale" value={locale} />
                <Button variant="secondary" size="sm">
                  {t("unsubscribeAll")}
                </Button>
              </form>
            ) : null}
            <form method="post" action="/api/alerts/unsubscribe" className="space-y-1">
              <input type="hidden" name="token" value={value} />
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="forget" value="1" />
              <Button variant="danger" size="sm" aria-describedby="forget-hint">
                {t("forget")}
              </Button>
              <p id="forget-hint" className="text-xs text-slate-600">
                {t("forgetHint")}
              </p>
            </form>
          </div>
        </>
      )}
    </AlertCard>
  );
}
