import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { NextIntlClientProvider } from "next-intl";
import { staffPage } from "@/lib/auth/guard";
import { staffAreas } from "@/lib/auth/permissions";
import { signOutAction } from "@/lib/actions/auth";
import { Link } from "@/i18n/navigation";
import { clientMessages, staffClientNamespaces } from "@/i18n/client-messages";

/**
 * The staff area's frame: the workspace menu and the account menu (who is
 * signed in, sign out). On a wide screen both sit in one bar; on a phone they
 * fold into one "Menu" disclosure, so the page starts with its content.
 */
export default async function StaffLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale, user } = await staffPage(params);
  const [t, signIn, messages] = await Promise.all([
    getTranslations({ locale, namespace: "Staff" }),
    getTranslations({ locale, namespace: "SignIn" }),
    clientMessages(staffClientNamespaces),
  ]);
  const areas = staffAreas(user);
  const links = [
    { href: "/staff", label: t("dashboard"), show: true },
    { href: "/staff/meetings", label: t("meetings"), show: areas.meetings },
    { href: "/staff/news", label: t("news"), show: areas.news },
    { href: "/staff/import", label: t("import"), show: areas.import },
    { href: "/staff/structures", label: t("structures"), show: areas.structures },
    { href: "/staff/plans", label: t("plans"), show: areas.plans },
    { href: "/staff/reports", label: t("reports"), show: areas.reports || areas.plans },
    { href: "/staff/users", label: t("users"), show: areas.users },
    { href: "/staff/organizations", label: t("organizations"), show: areas.organizations },
    { href: "/staff/places", label: t("places"), show: areas.places },
    { href: "/staff/subscribers", label: t("subscribers"), show: areas.subscribers },
    { href: "/staff/audit", label: t("audit"), show: areas.audit },
  ].filter((l) => l.show);
  const menus = (layout: "bar" | "stack") => (
    <>
      <nav aria-label={t("nav")}>
        <ul className={layout === "bar" ? "flex flex-wrap gap-1" : "grid gap-1"}>
          {links.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                className="block rounded px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 hover:underline"
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        action={signOutAction}
        className={`flex flex-wrap items-center gap-3 text-sm ${layout === "stack" ? "border-t border-slate-200 px-3 pt-3" : ""}`}
      >
        <span className="text-slate-700">{signIn("signedInAs", { name: user.name })}</span>
        <input type="hidden" name="locale" value={locale} />
        <button
          type="submit"
          className="rounded border border-slate-300 px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-100"
        >
          {signIn("signOut")}
        </button>
      </form>
    </>
  );
  return (
    <div className="space-y-6">
      <div className="hidden flex-wrap items-center justify-between gap-4 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm md:flex">
        {menus("bar")}
      </div>
      <details className="group rounded-lg border border-slate-200 bg-white shadow-sm md:hidden">
        <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-3 text-sm font-semibold text-brand-900 [&::-webkit-details-marker]:hidden">
          <span>{t("menu")}</span>
          <span aria-hidden="true" className="text-slate-600 group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="space-y-3 px-1 pb-3">{menus("stack")}</div>
      </details>
      <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
    </div>
  );
}
