import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { staffPage } from "@/lib/auth/guard";
import { newFormToken } from "@/lib/data/create-once";
import { listScopeStructures, listUsers } from "@/lib/data/users/list-users";
import { parseUserListFilters, userListFiltersToQuery } from "@/lib/validation/users";
import type { SearchParams } from "@/lib/validation/public-filters";
import { InviteUserForm } from "@/components/staff/users/invite-user-form";
import { UserFilters } from "@/components/staff/users/user-filters";
import { UserTable } from "@/components/staff/users/user-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffUsers" });
  return { title: t("title"), robots: { index: false } };
}

export default async function StaffUsersPage({ params, searchParams }: Props) {
  const { locale, user } = await staffPage(params, "user.manage");
  const filters = parseUserListFilters(await searchParams);
  const [t, f] = await Promise.all([
    getTranslations({ locale, namespace: "StaffUsers" }),
    getTranslations({ locale, namespace: "Filters" }),
  ]);
  const [result, scopes] = await Promise.all([
    listUsers({ actor: user, filters, locale }),
    listScopeStructures({ actor: user, locale }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="space-y-10">
        <Section id="invite" title={t("inviteTitle")}>
          <p className="max-w-3xl text-sm text-slate-700">{t("inviteIntro")}</p>
          <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
            <InviteUserForm scopes={scopes} defaultLocale={locale} formToken={newFormToken()} />
          </div>
        </Section>
        <Section id="accounts" title={t("accountsTitle")}>
          <UserFilters locale={locale} filters={filters} />
          <p className="text-sm text-slate-700" role="status">
            {f("results", { count: result.total })}
          </p>
          {result.items.length ? (
            <UserTable locale={locale} users={result.items} />
          ) : (
            <p className="rounded border border-slate-200 bg-white p-6 text-slate-700">{t("noResults")}</p>
          )}
          <Pagination
            pathname="/staff/users"
            query={userListFiltersToQuery(filters)}
            page={filters.page}
            pageCount={result.pageCount}
          />
        </Section>
      </div>
    </>
  );
}
