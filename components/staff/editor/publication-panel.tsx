"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import type { FormState } from "@/lib/actions/form-state";
import type { PublicationResult } from "@/lib/actions/publication";
import { changesFor, type PublicationChange, type PublicationPlan, type RecordStatus } from "@/lib/content/publication";
import { languageList, languageName } from "@/lib/content/language-names";
import type { TranslationGap } from "@/lib/content/translation-gaps";
import type { TranslationState } from "@/lib/content/translation-states";
import { locales } from "@/i18n/routing";
import { buttonClass } from "@/components/ui/button";
import { useEditorForm } from "./use-editor-form";

type Action = (previous: FormState, formData: FormData) => Promise<FormState<PublicationResult>>;

const tone: Record<PublicationChange, string> = {
  publish: "bg-green-800 text-white hover:bg-green-900",
  languages: "border border-brand-700 text-brand-800 hover:bg-brand-50",
  restore: "border border-brand-700 text-brand-800 hover:bg-brand-50",
  archive: "border border-slate-500 text-slate-800 hover:bg-slate-100",
  unpublish: "border border-red-800 text-red-800 hover:bg-red-50",
};

/**
 * The one publishing path of meetings and news. The panel says what is
 * public now; the user chooses the languages to show and a change; the first
 * click only asks the server what that change would make public (in which
 * languages, and what visitors of the others see); the confirmation applies
 * exactly that. Two small forms, so it works without JavaScript too.
 */
export function PublicationPanel({
  kind,
  action,
  id,
  version,
  status,
  translationStates,
  isPublic,
  scheduledFor,
}: {
  kind: "meeting" | "news";
  action: Action;
  id: string;
  version: number;
  status: RecordStatus;
  translationStates: Record<AppLocale, TranslationState>;
  isPublic: boolean;
  /** The scheduled publication date, formatted, when it is still to come. */
  scheduledFor: string | null;
}) {
  const t = useTranslations("StaffEditor.publication");
  const languages = useTranslations("Languages");
  const pathname = usePathname();
  const uiLocale = useLocale() as AppLocale;
  const names = (ls: readonly AppLocale[]) => languageList(ls, uiLocale);
  const { state, formAction: run, pending, errors } = useEditorForm(action);
  // "Cancel" dismisses this review (a link to the page itself without JavaScript).
  const [dismissed, setDismissed] = useState<typeof state>(null);

  const written = locales.filter((l) => translationStates[l] !== "MISSING");
  const published = locales.filter((l) => translationStates[l] === "PUBLISHED");
  const preset = published.length ? published : written;
  const review = state?.ok && state.data?.step === "review" && dismissed !== state ? state.data : null;
  const done = state?.ok && state.data?.step === "confirm" ? state.data.plan : null;
  const chosenErrors = errors.locales;

  const now = (() => {
    if (status === "DRAFT") return t("nowDraft");
    if (!published.length) return t("noPublicLanguage");
    if (scheduledFor) return t("nowScheduled", { date: scheduledFor, languages: names(published) });
    return status === "ARCHIVED"
      ? t("nowArchived", { languages: names(published) })
      : t("nowPublic", { languages: names(published) });
  })();

  const changeLabel = (change: PublicationChange) => (change === "publish" ? t(`publish.${kind}`) : t(change));

  return (
    <section aria-labelledby="status-heading" className="space-y-4 card sm:p-6">
      <h2 id="status-heading" className="text-lg font-semibold text-brand-900">
        {t("heading")}
      </h2>
      <p className={`text-sm font-medium ${isPublic ? "text-green-900" : "text-slate-800"}`}>{now}</p>
      {done ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {doneText(done)}
        </p>
      ) : null}
      {state && !state.ok ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
          {[state.message, ...(chosenErrors ?? [])].join(" ")}
        </p>
      ) : null}

      {review ? (
        <form
          action={run}
          className="space-y-3 rounded-md border-2 border-amber-500 bg-amber-50 p-4"
          aria-labelledby="publication-confirm-title"
        >
          <h3 id="publication-confirm-title" className="font-semibold text-amber-950">
            {t("confirmTitle")}
          </h3>
          <ul className="list-disc space-y-1 ps-5 text-sm text-slate-900">
            {[...planLines(review.plan, review.publishAt, review.subscribers), ...gapLines(review.gaps ?? [])].map(
              (line) => (
                <li key={line}>{line}</li>
              ),
            )}
          </ul>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="step" value="confirm" />
          <input type="hidden" name="change" value={review.plan.change} />
          {review.plan.texts
            .filter((x) => x.status === "PUBLISHED")
            .map((x) => (
              <input key={x.locale} type="hidden" name="locales" value={x.locale} />
            ))}
          <div className="flex flex-wrap gap-3">
            <button
              type="submit"
              disabled={pending}
              className={`rounded px-4 py-2 text-sm font-semibold disabled:opacity-60 ${tone[review.plan.change]}`}
            >
              {t("confirm", { change: changeLabel(review.plan.change) })}
            </button>
            <a
              href={`/${uiLocale}${pathname}`}
              onClick={(event) => {
                event.preventDefault();
                setDismissed(state);
              }}
              className={buttonClass("plain", "md")}
            >
              {t("cancel")}
            </a>
          </div>
        </form>
      ) : (
        <form action={run} className="space-y-4">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="step" value="review" />
          {written.length ? (
            <fieldset id="field-locales" tabIndex={-1} aria-describedby="publication-languages-hint">
              <legend className="text-sm font-medium text-slate-800">{t("chooseLegend")}</legend>
              <ul className="mt-2 space-y-1">
                {locales.map((locale) => (
                  <li key={locale} className="flex items-center gap-2 text-sm">
                    {translationStates[locale] === "MISSING" ? (
                      <span className="text-slate-600" lang={locale}>
                        {t("notWritten", { language: languages(locale) })}
                      </span>
                    ) : (
                      <>
                        <input
                          id={`publish-${locale}`}
                          type="checkbox"
                          name="locales"
                          value={locale}
                          defaultChecked={preset.includes(locale)}
                          className="size-4 accent-brand-700"
                        />
                        <label htmlFor={`publish-${locale}`} lang={locale}>
                          {languages(locale)}
                        </label>
                      </>
                    )}
                  </li>
                ))}
              </ul>
              <p id="publication-languages-hint" className="mt-2 text-xs text-slate-600">
                {t("chooseHint")}
              </p>
            </fieldset>
          ) : null}
          <p className="text-xs text-slate-600">{t("usesSaved")}</p>
          <div className="flex flex-wrap gap-3">
            {changesFor(status).map((change) => (
              <button
                key={change}
                type="submit"
                name="change"
                value={change}
                disabled={pending}
                className={`rounded px-4 py-2 text-sm font-semibold disabled:opacity-60 ${tone[change]}`}
              >
                {changeLabel(change)}
              </button>
            ))}
          </div>
        </form>
      )}
    </section>
  );

  function planLines(plan: PublicationPlan, publishAt: Date | null, subscribers: number | null): string[] {
    if (plan.change === "unpublish")
      return [
        plan.wasPublicLocales.length
          ? t("willUnpublish", { languages: names(plan.wasPublicLocales) })
          : t("willUnpublishNothing"),
      ];
    const lines = [
      plan.change === "archive"
        ? t("willArchive", { languages: names(plan.publicLocales) })
        : t("willBePublic", { languages: names(plan.publicLocales) }),
    ];
    const drafts = plan.draftLocales;
    if (drafts.length) lines.push(t("willStayDraft", { languages: names(drafts) }));
    if (plan.missingLocales.length) lines.push(t("willFallback", { languages: names(plan.missingLocales) }));
    if (publishAt && new Date(publishAt).getTime() > Date.now() && scheduledFor)
      lines.push(t("willBeScheduled", { date: scheduledFor }));
    // A first publication alerts the e-mail subscribers who follow its region, series, structures or topics.
    if (subscribers !== null) lines.push(t("willAlert", { count: subscribers }));
    return lines;
  }

  /** "French: title and summary only — text, agenda and outcomes will show in English". */
  function gapLines(gaps: TranslationGap[]): string[] {
    const parts = (list: TranslationGap["present"]) =>
      new Intl.ListFormat(uiLocale, { type: "conjunction" }).format(list.map((part) => t(`part.${part}`)));
    return gaps.map((gap) =>
      t("willShowInEnglish", {
        language: languageName(gap.locale, uiLocale),
        present: parts(gap.present),
        missing: parts(gap.missing),
      }),
    );
  }

  function doneText(plan: PublicationPlan): string {
    if (!plan.isPublic) return t("doneDraft");
    return plan.status === "ARCHIVED"
      ? t("doneArchived", { languages: names(plan.publicLocales) })
      : t("donePublic", { languages: names(plan.publicLocales) });
  }
}
