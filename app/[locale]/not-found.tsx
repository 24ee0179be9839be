import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-4 text-slate-700">{t("message")}</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-700 underline">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
