"use client";

import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useLocale } from "next-intl";

export type LocaleTab = { id: string; label: string; note?: string; hasError?: boolean; errorNote?: string; lang?: string };

/**
 * Tabs of the ARIA pattern (arrow keys, Home/End; mirrored right-to-left).
 * Every panel stays in the DOM, only hidden, so its fields are submitted with
 * the form whichever tab is shown. When a new set of errors arrives, the first
 * tab with an error is shown.
 */
export function LocaleTabs({
  idPrefix,
  label,
  tabs,
  errorsKey,
  children,
}: {
  idPrefix: string;
  label: string;
  tabs: LocaleTab[];
  /** Changes whenever the form gets a new result. */
  errorsKey?: unknown;
  children: (tabId: string) => ReactNode;
}) {
  const rtl = useLocale() === "ar";
  const [selected, setSelected] = useState(tabs[0]?.id);
  const [seenErrors, setSeenErrors] = useState(errorsKey);
  const buttons = useRef<Map<string, HTMLButtonElement>>(new Map());
  if (errorsKey !== seenErrors) {
    setSeenErrors(errorsKey);
    const firstError = tabs.find((tab) => tab.hasError);
    if (firstError) setSelected(firstError.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const next = rtl ? "ArrowLeft" : "ArrowRight";
    const previous = rtl ? "ArrowRight" : "ArrowLeft";
    let target = -1;
    if (event.key === next) target = (index + 1) % tabs.length;
    if (event.key === previous) target = (index - 1 + tabs.length) % tabs.length;
    if (event.key === "Home") target = 0;
    if (event.key === "End") target = tabs.length - 1;
    if (target < 0) return;
    event.preventDefault();
    setSelected(tabs[target].id);
    buttons.current.get(tabs[target].id)?.focus();
  }

  return (
    <div>
      <div role="tablist" aria-label={label} className="flex flex-wrap gap-1 border-b border-slate-300">
        {tabs.map((tab, index) => {
          const active = tab.id === selected;
          return (
            <button
              key={tab.id}
              ref={(node) => {
                if (node) buttons.current.set(tab.id, node);
                else buttons.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`${idPrefix}-tab-${tab.id}`}
              aria-controls={`${idPrefix}-panel-${tab.id}`}
              aria-selected={active}
              tabIndex={active ? 0 : -1}
              onClick={() => setSelected(tab.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={`-mb-px inline-flex items-baseline gap-2 rounded-t border px-3 py-2 text-sm font-medium ${
                active ? "border-slate-300 border-b-white bg-white text-brand-900" : "border-transparent text-slate-700 hover:bg-slate-100"
              } ${tab.hasError ? "text-red-800" : ""}`}
            >
              <span lang={tab.lang}>{tab.label}</span>
              {tab.note ? <span className="text-xs font-normal text-slate-600">{tab.note}</span> : null}
              {tab.hasError ? (
                <>
                  <span aria-hidden="true" className="font-bold text-red-700">
                    !
                  </span>
                  <span className="sr-only">{tab.errorNote}</span>
                </>
              ) : null}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${idPrefix}-panel-${tab.id}`}
          aria-labelledby={`${idPrefix}-tab-${tab.id}`}
          hidden={tab.id !== selected}
          className="rounded-b border border-t-0 border-slate-300 bg-white p-4"
        >
          {children(tab.id)}
        </div>
      ))}
    </div>
  );
}
