import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function Forbidden() {
  const t = await getTranslations("Forbidden");
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-4 text-slate-700">{t("message")}</p>
      <p className="mt-6">
        <Link href="/staff" className="font-medium text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
