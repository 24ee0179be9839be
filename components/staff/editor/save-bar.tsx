import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

/**
 * The save button of a long form, kept in view: it sticks to the bottom of
 * the window while the form scrolls under it, with a line saying what saving
 * does. Buttons inside are submit buttons of the surrounding form.
 */
export function SaveBar({
  label,
  pendingLabel,
  pending,
  hint,
  children,
}: {
  label: string;
  pendingLabel: string;
  pending: boolean;
  hint?: string;
  children?: ReactNode;
}) {
  return (
    <div className="sticky bottom-0 z-10 -mx-4 border-t border-slate-300 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgba(15,23,42,0.08)] backdrop-blur sm:mx-0 sm:rounded-t-lg sm:border sm:px-5">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <button type="submit" disabled={pending} className={buttonClass("primary", "xl")}>
          {pending ? pendingLabel : label}
        </button>
        {hint ? <p className="hidden min-w-0 flex-1 text-sm text-slate-700 sm:block">{hint}</p> : null}
        {children}
      </div>
    </div>
  );
}
