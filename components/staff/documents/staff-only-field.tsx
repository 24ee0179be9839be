"use client";

import { useTranslations } from "next-intl";

/** "Staff only": a document kept off the public page and out of the public ZIP (ticked, it sends "on"). */
export function StaffOnlyField({ id, checked }: { id: string; checked: boolean }) {
  const t = useTranslations("StaffDocuments");
  return (
    <div className="flex items-start gap-2 text-sm text-slate-800">
      <input
        id={id}
        type="checkbox"
        name="staffOnly"
        defaultChecked={checked}
        key={String(checked)}
        aria-describedby={`${id}-hint`}
        className="mt-0.5 size-4 accent-brand-700"
      />
      <div>
        <label htmlFor={id} className="font-medium">
          {t("staffOnly")}
        </label>
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {t("staffOnlyHint")}
        </p>
      </div>
    </div>
  );
}
