import type { ReactNode } from "react";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { requireStaff } from "@/lib/auth/guard";
import { staffAreas } from "@/lib/auth/permissions";
import { signOutAction } from "@/lib/actions/auth";
import { Link } from "@/i18n/navigation";
import { NextIntlClientProvider } from "next-intl";
import { clientMessages, staffClientNamespaces } from "@/i18n/client-messages";

export default async function StaffLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await connection();
  const user = await requireStaff(locale);
  const t = await getTranslations({ locale, namespace: "Staff" });
  const signIn = await getTranslations({ locale, namespace: "SignIn" });
  const areas = staffAreas(user);
  const messages = await clientMessages(staffClientNamespaces);
  const links = [
    { href: "/staff", label: t("dashboard"), show: true },
    { href: "/staff/meetings", label: t("meetings"), show: areas.meetings },
    { href: "/staff/news", label: t("news"), show: areas.news },
    { href: "/staff/structures", label: t("structures"), show: areas.structures },
    { href: "/staff/users", label: t("users"), show: areas.users },
    { href: "/staff/audit", label: t("audit"), show: areas.audit },
  ].filter((l) => l.show);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
        <nav aria-label={t("nav")}>
          <ul className="flex flex-wrap gap-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="block rounded px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action={signOutAction} className="flex items-center gap-3 text-sm">
          <span className="text-slate-700">{signIn("signedInAs", { name: user.name })}</span>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-100">
            {signIn("signOut")}
          </button>
        </form>
      </div>
      <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
    </div>
  );
}
