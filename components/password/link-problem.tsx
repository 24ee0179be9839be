import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import type { TokenProblem } from "@/lib/data/users/manage-user-tokens";
import { PasswordCard } from "./password-card";

/** An invalid, expired or used link: what happened and what to do, never an error trace. */
export async function LinkProblem({ locale, problem }: { locale: AppLocale; problem: TokenProblem }) {
  const t = await getTranslations({ locale, namespace: "Password" });
  return (
    <PasswordCard title={t(`problem.${problem}.title`)} intro={<p>{t(`problem.${problem}.message`)}</p>}>
      <ul className="space-y-3 text-sm">
        <li>
          <Link href="/password/forgot" className="font-medium text-brand-700 underline">
            {t("requestNew")}
          </Link>
        </li>
        <li>
          <Link href="/sign-in" className="font-medium text-brand-700 underline">
            {t("goToSignIn")}
          </Link>
        </li>
      </ul>
    </PasswordCard>
  );
}
