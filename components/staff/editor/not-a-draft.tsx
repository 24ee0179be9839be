import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** Instead of a delete confirmation: the record is (or was made) public, so it is unpublished first. */
export async function NotADraft({ title, back }: { title: string; back: { href: string; label: string } }) {
  const t = await getTranslations({ locale: await getLocale(), namespace: "StaffEditor" });
  return (
    <section className="max-w-3xl space-y-3 card sm:p-6">
      <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
      <p className="text-slate-800">{t("onlyDrafts")}</p>
      <Link href={back.href} className="text-sm font-medium text-brand-700 underline">
        {back.label}
      </Link>
    </section>
  );
}
