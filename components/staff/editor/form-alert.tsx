"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/routing";
import { languageName } from "@/lib/content/language-names";
import type { FormState } from "@/lib/actions/form-state";
import { localeOfField } from "@/lib/validation/form-fields";

/** Field errors that are not about one input: shown as sentences, not links. */
const formWide = (name: string) => name === "_form" || name.startsWith("csv:");

/** "t.fr.title" → "t.*.title": the key under which a form labels a field of every language. */
const anyLocale = (name: string) => name.replace(/^t\.[a-z]{2}\./, "t.*.");

/**
 * The one result box of every staff form. Success: a status line. A refusal
 * without field errors (stale page, no right, session ended): the message.
 * Field errors: the gov.uk error summary — a list of every error, each a link
 * to its field (switching language tabs on the way); focus moves to it, and
 * the page title starts with "Error:" while errors are shown.
 */
export function FormAlert({
  state,
  labels = {},
  successMessage,
  idFor = (name) => `field-${name}`,
  children,
}: {
  state: FormState<unknown>;
  /** Field name → label; per-language fields as "t.*.title". */
  labels?: Record<string, string>;
  successMessage?: string;
  idFor?: (name: string) => string;
  children?: ReactNode;
}) {
  const t = useTranslations("StaffEditor");
  const reader = useLocale() as AppLocale;
  const box = useRef<HTMLDivElement>(null);
  const fieldErrors = state && !state.ok ? Object.entries(state.fieldErrors) : [];
  // In the order of the form's fields (the order of `labels`), then the rest.
  const order = Object.keys(labels);
  const rank = (name: string) => {
    const at = order.indexOf(name) >= 0 ? order.indexOf(name) : order.indexOf(anyLocale(name));
    return at >= 0 ? at : order.length;
  };
  const linked = fieldErrors.filter(([name]) => !formWide(name)).sort(([a], [b]) => rank(a) - rank(b));
  const sentences = fieldErrors.filter(([name]) => name === "_form").flatMap(([, messages]) => messages);

  useEffect(() => {
    if (!state || state.ok) return;
    box.current?.focus();
    if (!linked.length) return;
    const prefix = t("errorTitlePrefix");
    const original = document.title.startsWith(prefix)
      ? document.title.slice(prefix.length).trimStart()
      : document.title;
    document.title = `${prefix} ${original}`;
    return () => {
      document.title = original;
    };
    // A new result is a new state object: run once per result.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  if (!state) return <div aria-live="polite" />;
  if (state.ok) {
    return (
      <div
        ref={box}
        tabIndex={-1}
        role="status"
        className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-sm text-green-900"
      >
        <p>{successMessage ?? state.message}</p>
        {children}
      </div>
    );
  }

  const label = (name: string) => {
    const locale = localeOfField(name);
    const base = labels[name] ?? labels[anyLocale(name)];
    if (!base) return null;
    return locale ? t("fieldInLanguage", { field: base, language: languageName(locale, reader) }) : base;
  };

  function reveal(event: React.MouseEvent<HTMLAnchorElement>, id: string) {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    // A field in a hidden language tab: open that tab first.
    const panel = field.closest<HTMLElement>("[role=tabpanel]");
    if (panel?.hidden) document.getElementById(panel.getAttribute("aria-labelledby") ?? "")?.click();
    requestAnimationFrame(() => {
      field.scrollIntoView({ block: "center" });
      field.focus();
    });
  }

  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby={linked.length ? "error-summary-title" : undefined}
      className="rounded-md border-2 border-red-700 bg-white px-4 py-3 text-sm text-red-900 focus:outline-offset-4"
    >
      <h2 id="error-summary-title" className="text-base font-bold text-red-900">
        {linked.length ? t("errorSummaryTitle") : state.message}
      </h2>
      {sentences.length ? <p className="mt-1">{sentences.join(" ")}</p> : null}
      {linked.length ? (
        <ul className="mt-2 list-disc space-y-1 ps-5">
          {linked.map(([name, messages]) => {
            const id = idFor(name);
            const text = label(name);
            return (
              <li key={name}>
                <a
                  href={`#${id}`}
                  onClick={(event) => reveal(event, id)}
                  className="font-medium text-red-800 underline"
                >
                  {text ? `${text}: ` : ""}
                  {messages.join(" ")}
                </a>
              </li>
            );
          })}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
