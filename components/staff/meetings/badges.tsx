// Status pills of the staff screens. Plain components (no hooks): server pages
// and client forms both use them, passing the words in the reader's language.
import type { AppLocale } from "@/i18n/routing";

const statusClass: Record<string, string> = {
  DRAFT: "bg-amber-100 text-amber-950 ring-amber-300",
  PUBLISHED: "bg-green-100 text-green-950 ring-green-300",
  ARCHIVED: "bg-slate-200 text-slate-800 ring-slate-300",
};

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${statusClass[status] ?? statusClass.DRAFT}`}>{label}</span>;
}

export type TranslationState = "PUBLISHED" | "DRAFT" | "MISSING";

const stateStyle: Record<TranslationState, { className: string; mark: string }> = {
  PUBLISHED: { className: "border border-green-800 bg-green-700 text-white", mark: "✓" },
  DRAFT: { className: "border border-amber-600 bg-amber-50 text-amber-950", mark: "✎" },
  MISSING: { className: "border border-dashed border-slate-400 bg-white text-slate-700", mark: "–" },
};

/** One pill per language: the code and a mark visibly, the full words for screen readers and on hover. */
export function TranslationBadges({
  states,
  describe,
  label,
}: {
  states: Record<AppLocale, TranslationState>;
  /** "English: published" */
  describe: (locale: AppLocale, state: TranslationState) => string;
  label: string;
}) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1">
      {(Object.keys(states) as AppLocale[]).map((locale) => {
        const state = states[locale];
        const text = describe(locale, state);
        return (
          <li key={locale} title={text} className={`rounded px-1.5 py-0.5 font-mono text-xs font-semibold uppercase ${stateStyle[state].className}`}>
            <span aria-hidden="true" dir="ltr">
              {locale} {stateStyle[state].mark}
            </span>
            <span className="sr-only">{text}</span>
          </li>
        );
      })}
    </ul>
  );
}
