import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { isolated } from "@/lib/content/bidi";
import { Link } from "@/i18n/navigation";
import { recordParam, staffPage } from "@/lib/auth/guard";
import { deactivateUserAction } from "@/lib/actions/users";
import { getUserForEditor } from "@/lib/data/users/list-users";
import { ConfirmStep } from "@/components/staff/editor/confirm-step";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffUsers" });
  return { title: t("deactivateTitle"), robots: { index: false } };
}

/** The confirmation of deactivating an account: its sessions end, it can no longer sign in. */
export default async function DeactivateUserPage({ params }: Props) {
  const { locale, user: actor } = await staffPage(params, "user.manage");
  const id = await recordParam(params);
  const target = await getUserForEditor({ actor, id, locale });
  if (!target) notFound();
  const t = await getTranslations({ locale, namespace: "StaffUsers" });
  const back = { href: `/staff/users/${id}`, label: t("cancel") };
  if (!target.active || target.id === actor.id) {
    return (
      <section className="max-w-3xl space-y-3 card sm:p-6">
        <h1 className="text-2xl font-bold text-brand-900">{t("deactivateTitle")}</h1>
        <p className="text-slate-800">{target.active ? t("selfNote") : t("accessInactive")}</p>
        <Link href={back.href} className="text-sm font-medium text-brand-700 underline">
          {back.label}
        </Link>
      </section>
    );
  }
  return (
    <ConfirmStep
      title={t("deactivateTitle")}
      lead={t("deactivateLead", { name: isolated(target.name), email: isolated(target.email) })}
      consequences={[t("deactivateSessions"), t("deactivateSignIn"), t("deactivateUndo")]}
      action={deactivateUserAction}
      fields={{ id: target.id, version: target.version }}
      confirmLabel={t("deactivate")}
      cancel={back}
    />
  );
}
