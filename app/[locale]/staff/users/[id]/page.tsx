import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { recordParam, staffPage } from "@/lib/auth/guard";
import { formatDateTimeUtc } from "@/lib/content/date-time";
import { getUserForEditor, listScopeStructures } from "@/lib/data/users/list-users";
import { UserEditor } from "@/components/staff/users/user-editor";
import { UserStatusBadge, userStatus } from "@/components/staff/users/user-status-badge";
import { PageHeader } from "@/components/ui/page-header";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ invited?: string; deactivated?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffUsers" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function StaffUserPage({ params, searchParams }: Props) {
  const { locale, user: actor } = await staffPage(params, "user.manage");
  const id = await recordParam(params);
  const { invited, deactivated } = await searchParams;
  const [target, scopes] = await Promise.all([
    getUserForEditor({ actor, id, locale }),
    listScopeStructures({ actor, locale }),
  ]);
  if (!target) notFound();
  const [t, staff] = await Promise.all([
    getTranslations({ locale, namespace: "StaffUsers" }),
    getTranslations({ locale, namespace: "Staff" }),
  ]);
  const status = userStatus(target);
  const invitation = target.lastInvitation;
  const when = (date: Date) => formatDateTimeUtc(date, locale);
  const invitationText = !target.invitationPending
    ? t("invitationAccepted")
    : !invitation
      ? t("invitationNone")
      : invitation.open
        ? t("invitationOpen", { sent: when(invitation.createdAt), expires: when(invitation.expiresAt) })
        : t("invitationExpired", { sent: when(invitation.createdAt), expires: when(invitation.expiresAt) });
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/staff/users" className="font-medium text-brand-700 underline">
          {t("backToList")}
        </Link>
      </p>
      <PageHeader title={target.name}>
        <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm text-slate-700">
          <div>
            <dt className="inline font-semibold">{t("email")}: </dt>
            <dd className="inline" dir="ltr">
              {target.email}
            </dd>
          </div>
          <div>
            <dt className="inline font-semibold">{t("role")}: </dt>
            <dd className="inline">{staff(`role.${target.role}`)}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">{t("status")}: </dt>
            <dd className="inline">
              <UserStatusBadge status={status} label={t(`statusLabel.${status}`)} />
            </dd>
          </div>
          <div>
            <dt className="inline font-semibold">{t("lastSignIn")}: </dt>
            <dd className="inline">{target.lastSignInAt ? when(target.lastSignInAt) : t("never")}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">{t("created")}: </dt>
            <dd className="inline">{when(target.createdAt)}</dd>
          </div>
        </dl>
        <p className="text-sm">
          <Link
            href={{ pathname: "/staff/audit", query: { type: "user", record: target.id } }}
            className="font-medium text-brand-700 underline"
          >
            {t("auditLink")}
          </Link>
        </p>
      </PageHeader>
      {deactivated && !target.active ? (
        <p
          role="status"
          className="mb-6 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-sm text-green-900"
        >
          {t("deactivated")}
        </p>
      ) : null}
      {invited ? (
        <div
          role="status"
          className="mb-6 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-sm text-green-900"
        >
          <p>{t("invited")}</p>
          {invited === "mail-failed" ? <p className="mt-1 font-medium">{t("mailFailed")}</p> : null}
        </div>
      ) : null}
      <UserEditor
        scopes={scopes}
        user={{
          id: target.id,
          version: target.version,
          name: target.name,
          role: target.role,
          structureId: target.structureId ?? "",
          preferredLocale: target.preferredLocale,
          active: target.active,
          invitationPending: target.invitationPending,
          isSelf: target.id === actor.id,
          invitationText,
        }}
      />
    </>
  );
}
