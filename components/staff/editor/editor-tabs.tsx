"use client";

import { useEffect, useRef } from "react";
import { Link } from "@/i18n/navigation";

export type EditorTabItem = { key: string; href: string; label: string };

/**
 * The tab bar of a record's editor: one link per section, the current one
 * marked (aria-current). On a narrow screen it scrolls sideways and opens
 * with the current tab in view.
 */
export function EditorTabs({ label, items, active }: { label: string; items: EditorTabItem[]; active: string }) {
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const current = nav.current?.querySelector<HTMLElement>("[aria-current=page]");
    const bar = nav.current;
    if (!current || !bar || bar.scrollWidth <= bar.clientWidth) return;
    // Bring the current tab into the bar's view (either direction of writing), not scrolling the page.
    const page = window.scrollY;
    current.scrollIntoView({ block: "nearest", inline: "center", behavior: "instant" });
    window.scrollTo({ top: page, behavior: "instant" });
  }, [active]);
  return (
    <nav ref={nav} aria-label={label} className="-mx-4 overflow-x-auto border-b border-slate-300 px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {items.map(({ key, href, label: text }) => {
          const current = key === active;
          return (
            <li key={key}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px block border-b-4 px-3 py-2 text-sm font-medium whitespace-nowrap ${
                  current
                    ? "border-brand-700 text-brand-900"
                    : "border-transparent text-slate-700 hover:border-slate-300 hover:text-brand-800"
                }`}
              >
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
