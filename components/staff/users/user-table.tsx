import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { formatDateTimeUtc } from "@/lib/content/date-time";
import type { UserListItem } from "@/lib/data/staff/user-list";
import { UserStatusBadge, userStatus } from "./user-status-badge";

/** The accounts as a table; on a phone it scrolls sideways inside its own focusable region. */
export async function UserTable({ locale, users }: { locale: AppLocale; users: UserListItem[] }) {
  const [t, staff, languages] = await Promise.all([
    getTranslations({ locale, namespace: "StaffUsers" }),
    getTranslations({ locale, namespace: "Staff" }),
    getTranslations({ locale, namespace: "Languages" }),
  ]);
  const th = "px-4 py-3 text-start font-semibold text-slate-800";
  const td = "px-4 py-3 align-top";
  return (
    <div role="region" aria-labelledby="users-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption id="users-caption" className="sr-only">{t("tableCaption")}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={th}>{t("name")}</th>
            <th scope="col" className={th}>{t("email")}</th>
            <th scope="col" className={th}>{t("role")}</th>
            <th scope="col" className={th}>{t("scope")}</th>
            <th scope="col" className={th}>{t("language")}</th>
            <th scope="col" className={th}>{t("status")}</th>
            <th scope="col" className={th}>{t("lastSignIn")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {users.map((user) => {
            const status = userStatus(user);
            return (
              <tr key={user.id}>
                <th scope="row" className={`${td} text-start font-medium`}>
                  <Link href={`/staff/users/${user.id}`} className="text-brand-800 underline">{user.name}</Link>
                </th>
                <td className={td}><span dir="ltr" className="break-all">{user.email}</span></td>
                <td className={`${td} whitespace-nowrap`}>{staff(`role.${user.role}`)}</td>
                <td className={td}>
                  {user.scope ? <span lang={user.scope.lang}>{user.scope.name}</span> : <span className="text-slate-700">{t("scopeAll")}</span>}
                </td>
                <td className={`${td} whitespace-nowrap`} lang={user.preferredLocale}>{languages(user.preferredLocale)}</td>
                <td className={td}><UserStatusBadge status={status} label={t(`statusLabel.${status}`)} /></td>
                <td className={`${td} whitespace-nowrap`}>
                  {user.lastSignInAt ? <time dateTime={user.lastSignInAt.toISOString()}>{formatDateTimeUtc(user.lastSignInAt, locale)}</time> : <span className="text-slate-700">{t("never")}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
