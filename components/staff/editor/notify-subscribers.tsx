"use client";

import { useTranslations } from "next-intl";

/**
 * On the save of a published meeting or article: "notify subscribers". An
 * edit sends no e-mail; ticked, the save is a correction and everyone
 * following the record gets an alert. Unticked by default, on every save.
 */
export function NotifySubscribers() {
  const t = useTranslations("StaffEditor");
  return (
    <div className="flex items-start gap-2 text-sm">
      <input
        id="notify-subscribers"
        type="checkbox"
        name="notifySubscribers"
        className="mt-0.5 size-4 shrink-0 accent-brand-700"
        aria-describedby="notify-subscribers-hint"
      />
      <div>
        <label htmlFor="notify-subscribers" className="font-medium text-slate-900">
          {t("notifySubscribers")}
        </label>
        <p id="notify-subscribers-hint" className="text-xs text-slate-600">
          {t("notifySubscribersHint")}
        </p>
      </div>
    </div>
  );
}
