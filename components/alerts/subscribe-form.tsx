import { getTranslations } from "next-intl/server";
import { locales, type AppLocale } from "@/i18n/routing";
import { alertContents, alertFrequencies, type SubscribeInput } from "@/lib/validation/alerts";
import { Button } from "@/components/ui/button";

// The e-mail alerts box of the region, series, structure, news, meetings and
// search pages. A plain form, the same for every visitor, posting to
// app/api/alerts/subscribe (uncached): the cached pages carrying it hold no
// token, cookie or session, and it works without JavaScript. The form page
// (/alerts/subscribe) shows it again with the visitor's input and the error.

type Props = {
  locale: AppLocale;
  scope: SubscribeInput["scope"];
  target: string;
  name: string;
  /** The lists: the visitor picks the region (or topic) to follow; `target` is preselected. */
  choices?: { value: string; label: string }[];
  values?: Partial<Record<"email" | "content" | "frequency" | "language", string>>;
  error?: string;
};

const inputClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900";

export async function SubscribeForm({ locale, scope, target, name, choices, values = {}, error }: Props) {
  const t = await getTranslations({ locale, namespace: "Alerts" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const id = `alerts-${scope.toLowerCase()}`;
  const emailError = error && ["required", "invalidEmail"].includes(error);
  const content = values.content ?? "ALL";
  const frequency = values.frequency ?? "IMMEDIATE";
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 card bg-brand-50/40">
      <h2 id={`${id}-title`} className="text-lg font-semibold text-brand-900">
        {t("formTitle")}
      </h2>
      {choices ? (
        <p className="text-sm text-slate-700">{scope === "TOPIC" ? t("formIntroChooseTopic") : t("formIntroChoose")}</p>
      ) : (
        <p className="text-sm text-slate-700">
          {scope === "TOPIC" ? t("formIntroTopic", { name }) : t("formIntro", { name })}
        </p>
      )}
      {error && !emailError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm font-medium text-red-800">
          {t(`error.${error === "limited" ? "limited" : "unknownTarget"}`)}
        </p>
      ) : null}
      <form method="post" action="/api/alerts/subscribe" className="grid gap-4 sm:grid-cols-2">
        <input type="hidden" name="scope" value={scope} />
        {choices ? null : <input type="hidden" name="target" value={target} />}
        <input type="hidden" name="locale" value={locale} />
        {choices ? (
          <div className="sm:col-span-2">
            <label htmlFor={`${id}-target`} className="block text-sm font-medium text-slate-800">
              {t(`scope.${scope}`)}
            </label>
            <select id={`${id}-target`} name="target" defaultValue={target} className={inputClass}>
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="sm:col-span-2">
          <label htmlFor={`${id}-email`} className="block text-sm font-medium text-slate-800">
            {t("email")}
          </label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="email"
            dir="ltr"
            defaultValue={values.email}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={`${id}-email-error`}
            className={`${inputClass} aria-[invalid=true]:border-red-700`}
          />
          <p id={`${id}-email-error`} aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
            {emailError ? t(`error.${error as "required" | "invalidEmail"}`) : null}
          </p>
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("content")}</legend>
          {/* A topic tags news only: plans' progress is followed by region, series or structure. */}
          {alertContents
            .filter((option) => scope !== "TOPIC" || option !== "PLANS")
            .map((option) => (
              <label key={option} className="mt-1 flex items-center gap-2 text-sm text-slate-800">
                <input type="radio" name="content" value={option} defaultChecked={content === option} />
                {t(`contentOption.${option}`)}
              </label>
            ))}
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("frequency")}</legend>
          {alertFrequencies.map((option) => (
            <label key={option} className="mt-1 flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" name="frequency" value={option} defaultChecked={frequency === option} />
              {t(`frequencyOption.${option}`)}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor={`${id}-language`} className="block text-sm font-medium text-slate-800">
            {t("language")}
          </label>
          <select id={`${id}-language`} name="language" defaultValue={values.language ?? locale} className={inputClass}>
            {locales.map((code) => (
              <option key={code} value={code} lang={code}>
                {languages(code)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end">
          <Button>{t("submit")}</Button>
        </div>
        <p className="text-xs text-slate-600 sm:col-span-2">{t("privacy")}</p>
      </form>
    </section>
  );
}
