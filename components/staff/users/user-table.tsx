import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { formatDateTimeUtc } from "@/lib/content/date-time";
import type { UserListItem } from "@/lib/data/users/list-users";
import { UserStatusBadge, userStatus } from "./user-status-badge";

/** The accounts: a table on wide screens, a list of cards on phones (only one of the two is displayed). */
export async function UserTable({ locale, users }: { locale: AppLocale; users: UserListItem[] }) {
  const [t, staff, languages] = await Promise.all([
    getTranslations({ locale, namespace: "StaffUsers" }),
    getTranslations({ locale, namespace: "Staff" }),
    getTranslations({ locale, namespace: "Languages" }),
  ]);
  const th = "px-4 py-3 text-start font-semibold text-slate-800";
  const td = "px-4 py-3 align-top";
  const lastSignIn = (date: Date | null) =>
    date ? (
      <time dateTime={date.toISOString()}>{formatDateTimeUtc(date, locale)}</time>
    ) : (
      <span className="text-slate-700">{t("never")}</span>
    );
  const scope = (user: UserListItem) =>
    user.scope ? (
      <span lang={user.scope.lang}>{user.scope.name}</span>
    ) : (
      <span className="text-slate-700">{t("scopeAll")}</span>
    );
  return (
    <>
      <ul className="space-y-3 md:hidden">
        {users.map((user) => {
          const status = userStatus(user);
          return (
            <li key={user.id} className="card">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/staff/users/${user.id}`} className="font-semibold text-brand-800 underline">
                  {user.name}
                </Link>
                <UserStatusBadge status={status} label={t(`statusLabel.${status}`)} />
              </div>
              <p className="mt-1 text-sm break-all text-slate-800">
                <span dir="ltr">{user.email}</span>
              </p>
              <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="font-medium text-slate-700">{t("role")}</dt>
                <dd>{staff(`role.${user.role}`)}</dd>
                <dt className="font-medium text-slate-700">{t("scope")}</dt>
                <dd>{scope(user)}</dd>
                <dt className="font-medium text-slate-700">{t("language")}</dt>
                <dd lang={user.preferredLocale}>{languages(user.preferredLocale)}</dd>
                <dt className="font-medium text-slate-700">{t("lastSignIn")}</dt>
                <dd>{lastSignIn(user.lastSignInAt)}</dd>
              </dl>
            </li>
          );
        })}
      </ul>
      <div
        role="region"
        aria-labelledby="users-caption"
        tabIndex={0}
        className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm md:block"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption id="users-caption" className="sr-only">
            {t("tableCaption")}
          </caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className={th}>
                {t("name")}
              </th>
              <th scope="col" className={th}>
                {t("email")}
              </th>
              <th scope="col" className={th}>
                {t("role")}
              </th>
              <th scope="col" className={th}>
                {t("scope")}
              </th>
              <th scope="col" className={th}>
                {t("language")}
              </th>
              <th scope="col" className={th}>
                {t("status")}
              </th>
              <th scope="col" className={th}>
                {t("lastSignIn")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {users.map((user) => {
              const status = userStatus(user);
              return (
                <tr key={user.id}>
                  <th scope="row" className={`${td} text-start font-medium`}>
                    <Link href={`/staff/users/${user.id}`} className="text-brand-800 underline">
                      {user.name}
                    </Link>
                  </th>
                  <td className={`${td} whitespace-nowrap`}>
                    <span dir="ltr">{user.email}</span>
                  </td>
                  <td className={`${td} whitespace-nowrap`}>{staff(`role.${user.role}`)}</td>
                  <td className={td}>{scope(user)}</td>
                  <td className={`${td} whitespace-nowrap`} lang={user.preferredLocale}>
                    {languages(user.preferredLocale)}
                  </td>
                  <td className={td}>
                    <UserStatusBadge status={status} label={t(`statusLabel.${status}`)} />
                  </td>
                  <td className={`${td} whitespace-nowrap`}>{lastSignIn(user.lastSignInAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
