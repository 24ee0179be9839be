import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { buttonClass } from "@/components/ui/button";

/** Under the publishing panel of a draft: the way to its delete confirmation page. */
export async function DeleteDraftLink({ href }: { href: string }) {
  const t = await getTranslations({ locale: await getLocale(), namespace: "StaffEditor" });
  return (
    <div className="mt-4 space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
      <p className="text-slate-700">{t("deleteDraftHint")}</p>
      <Link href={href} className={buttonClass("danger", "sm")}>
        {t("deleteDraft")}
      </Link>
    </div>
  );
}

/** After a delete, on the list it returns to. */
export async function DeletedNotice({ show }: { show: unknown }) {
  if (!show) return null;
  const t = await getTranslations({ locale: await getLocale(), namespace: "StaffEditor" });
  return (
    <p role="status" className="mb-6 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-sm text-green-900">
      {t("draftDeleted")}
    </p>
  );
}
