import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { countryName } from "@/lib/content/format";
import { getPublicOrganization } from "@/lib/data/organizations/get-public-organization";
import { pageMetadata } from "@/lib/seo/metadata";
import { organizationJsonLd } from "@/lib/seo/json-ld";
import { MeetingCard } from "@/components/meetings/meeting-card";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { JsonLd } from "@/components/ui/json-ld";
import { Link } from "@/components/ui/link";
import { loadBySlug } from "@/lib/data/load-by-slug";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on its first request, then cached until the organization or a meeting changes.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

const roleOrder = ["HOST", "ORGANIZER", "CHAIR", "PARTNER", "SPEAKER", "PARTICIPANT", "OBSERVER"] as const;

const loadOrganization = loadBySlug(getPublicOrganization);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const organization = await loadOrganization(locale, (await params).slug);
  if (!organization) return {};
  const site = await getTranslations({ locale, namespace: "Site" });
  const t = await getTranslations({ locale, namespace: "Organizations" });
  return pageMetadata({
    locale,
    path: `/organizations/${organization.slug}`,
    title: organization.name,
    description: `${t(`kind.${organization.kind}`)} · ${t("meetingsLead", { count: organization.meetings.length })}`,
    siteName: site("name"),
  });
}

/** A partner, donor, member administration or the WCO Secretariat: the published meetings it attended and its roles. Never its people. */
export default async function OrganizationPage({ params }: Props) {
  const locale = await pageLocale(params);
  const organization = await loadOrganization(locale, (await params).slug);
  if (!organization) notFound();
  const t = await getTranslations({ locale, namespace: "Organizations" });
  const meetings = await getTranslations({ locale, namespace: "Meetings" });
  const roles = roleOrder.filter((role) => organization.roleCounts[role]);
  return (
    <div className="space-y-8">
      <JsonLd data={organizationJsonLd(organization, locale)} />
      {organization.isFallback ? <FallbackNotice locale={locale} /> : null}
      <header className="space-y-3 border-b border-slate-200 pb-6">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t(`kind.${organization.kind}`)}</p>
        <h1 className="text-3xl leading-tight font-bold text-brand-900" lang={organization.nameLocale}>
          <bdi>{organization.name}</bdi>
        </h1>
      </header>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="org-meetings" className="min-w-0 space-y-4">
          <h2 id="org-meetings" className="text-xl font-semibold text-brand-900">
            {t("meetingsTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("meetingsLead", { count: organization.meetings.length })}</p>
          <ul className="grid gap-3 md:grid-cols-2" data-testid="organization-meetings">
            {organization.meetings.map(({ meeting, roles: meetingRoles }) => (
              <li key={meeting.id} className="flex flex-col">
                <p className="mb-1 text-xs font-semibold tracking-wide text-brand-700 uppercase">
                  {t("asRole", { roles: meetingRoles.map((role) => meetings(`role.${role as "HOST"}`)).join(", ") })}
                </p>
                <MeetingCard meeting={meeting} locale={locale} />
              </li>
            ))}
          </ul>
          <p className="text-sm text-slate-600">{t("privacy")}</p>
        </section>
        <aside aria-labelledby="org-facts" className="space-y-4">
          <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="org-facts" className="mb-3 text-lg font-semibold text-brand-900">
              {t("factsTitle")}
            </h2>
            <dl className="space-y-3 text-sm">
              {organization.countryCode ? (
                <div>
                  <dt className="font-medium text-slate-600">{t("country")}</dt>
                  <dd>{countryName(organization.countryCode, locale)}</dd>
                </div>
              ) : null}
              {organization.website ? (
                <div>
                  <dt className="font-medium text-slate-600">{t("website")}</dt>
                  <dd>
                    <a
                      href={organization.website}
                      rel="noopener noreferrer"
                      dir="ltr"
                      className="break-words text-brand-700 underline"
                    >
                      {organization.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                    </a>
                  </dd>
                </div>
              ) : null}
              {roles.length ? (
                <div>
                  <dt className="font-medium text-slate-600">{t("rolesTitle")}</dt>
                  {roles.map((role) => (
                    <dd key={role}>
                      {t("roleCount", { role: meetings(`role.${role}`), count: organization.roleCounts[role] })}
                    </dd>
                  ))}
                </div>
              ) : null}
            </dl>
          </section>
          <p className="text-sm">
            <Link href="/meetings" className="text-brand-700 underline">
              {meetings("title")}
            </Link>
          </p>
        </aside>
      </div>
    </div>
  );
}
