import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { recordParam, staffPage } from "@/lib/auth/guard";
import { listCountryOptions } from "@/lib/data/list-options";
import { getOrganizationForStaff, listMergeTargets } from "@/lib/data/organizations/list-staff-organizations";
import { organizationKinds } from "@/lib/validation/attendees";
import { localeFieldName } from "@/lib/validation/form-fields";
import { EditorHeader } from "@/components/staff/editor/editor-header";
import { OrganizationForm } from "@/components/staff/organizations/organization-form";
import { buttonClass } from "@/components/ui/button";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ merged?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffOrganizations" });
  return { title: t("editTitle"), robots: { index: false } };
}

const selectClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900";

/** An organization's editor: names per language and details; merge it into another; delete it when unused. */
export default async function StaffOrganizationPage({ params, searchParams }: Props) {
  const { locale, user } = await staffPage(params, "organization.manage");
  const id = await recordParam(params);
  const organization = await getOrganizationForStaff({ actor: user, id, locale });
  if (!organization) notFound();
  const [t, orgs, targets, countries] = await Promise.all([
    getTranslations({ locale, namespace: "StaffOrganizations" }),
    getTranslations({ locale, namespace: "Organizations" }),
    listMergeTargets({ actor: user, id, locale }),
    listCountryOptions(locale),
  ]);
  const initial: Record<string, string> = {
    kind: organization.kind,
    countryCode: organization.countryCode ?? "",
    website: organization.website,
  };
  for (const tr of organization.translations) initial[localeFieldName(tr.locale as AppLocale, "name")] = tr.name;
  return (
    <div className="space-y-8">
      <EditorHeader
        locale={locale}
        back={{ href: "/staff/organizations", label: t("title") }}
        title={organization.name}
        isPublic={organization.publicMeetings > 0}
        publicHref={`/organizations/${organization.slug}`}
      >
        <p className="text-sm text-slate-700">
          {orgs(`kind.${organization.kind}`)} ·{" "}
          {t("usage", { attendances: organization.attendances, partnerships: organization.partnerships })} ·{" "}
          {organization.publicMeetings ? t("publicPage", { count: organization.publicMeetings }) : t("noPublicPage")}
        </p>
      </EditorHeader>
      {(await searchParams).merged ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
          {t("merged")}
        </p>
      ) : null}
      <section aria-labelledby="org-details" className="space-y-3 card sm:p-6">
        <h2 id="org-details" className="text-lg font-semibold text-brand-900">
          {t("detailsTitle")}
        </h2>
        <OrganizationForm
          id={organization.id}
          version={organization.version}
          initial={initial}
          kinds={organizationKinds.map((kind) => ({ value: kind, label: orgs(`kind.${kind}`) }))}
          countries={countries}
        />
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="org-merge" className="space-y-3 card sm:p-6">
          <h2 id="org-merge" className="text-lg font-semibold text-brand-900">
            {t("mergeTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("mergeLead")}</p>
          {/* A GET form: the next page says what the merge does and asks to confirm. */}
          <form method="get" action={`/${locale}/staff/organizations/${organization.id}/merge`} className="space-y-3">
            <div>
              <label htmlFor="merge-into" className="text-sm font-medium text-slate-800">
                {t("mergeInto")}
              </label>
              <select id="merge-into" name="into" required className={selectClass} defaultValue="">
                <option value="" disabled>
                  {t("mergeChoose")}
                </option>
                {targets.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              {t("mergeNext")}
            </button>
          </form>
        </section>
        <section aria-labelledby="org-delete" className="space-y-3 card sm:p-6">
          <h2 id="org-delete" className="text-lg font-semibold text-brand-900">
            {t("deleteTitle")}
          </h2>
          {organization.unused ? (
            <>
              <p className="text-sm text-slate-700">{t("deleteLead")}</p>
              <Link href={`/staff/organizations/${organization.id}/delete`} className={buttonClass("danger")}>
                {t("deleteNext")}
              </Link>
            </>
          ) : (
            <p className="text-sm text-slate-700">{t("inUse")}</p>
          )}
        </section>
      </div>
    </div>
  );
}
