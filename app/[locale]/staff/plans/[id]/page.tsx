import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { recordParam, staffPage } from "@/lib/auth/guard";
import { deleteActivityAction } from "@/lib/actions/plans";
import { isoDate } from "@/lib/content/format";
import { pickTranslation } from "@/lib/content/translation";
import { isPublicPlanStatus } from "@/lib/data/plans/claim-plan";
import { getPlanEditor } from "@/lib/data/plans/list-staff-plans";
import { localeFieldName } from "@/lib/validation/form-fields";
import { ActionButton } from "@/components/staff/editor/action-button";
import { EditorHeader } from "@/components/staff/editor/editor-header";
import { ActivityForm, PlanForm } from "@/components/staff/plans/plan-forms";
import { buttonClass } from "@/components/ui/button";

type Props = { params: Promise<{ locale: string; id: string }> };

const dangerLink = buttonClass("danger");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffPlans" });
  return { title: t("editPlan"), robots: { index: false } };
}

const day = (d: Date | null) => (d ? isoDate(d) : "");

export default async function PlanEditorPage({ params }: Props) {
  const { locale, user } = await staffPage(params);
  const id = await recordParam(params);
  const editor = await getPlanEditor({ actor: user, id, locale });
  if (!editor) notFound();
  if (editor === "forbidden") forbidden();
  const { plan } = editor;
  const [t, plans, editorText] = await Promise.all([
    getTranslations({ locale, namespace: "StaffPlans" }),
    getTranslations({ locale, namespace: "Plans" }),
    getTranslations({ locale, namespace: "StaffEditor" }),
  ]);
  const initial: Record<string, string> = {
    periodStart: day(plan.periodStart),
    periodEnd: day(plan.periodEnd),
    status: plan.status,
    slug: plan.slug,
    adoptedAtMeetingId: plan.adoptedAtMeetingId ?? "",
    decisionId: plan.decisionId ?? "",
  };
  for (const tr of plan.translations) {
    initial[localeFieldName(tr.locale as AppLocale, "title")] = tr.title;
    initial[localeFieldName(tr.locale as AppLocale, "summary")] = tr.summary;
  }
  const picked = pickTranslation(plan.translations, locale);
  const title = { text: picked?.title ?? plan.slug, locale: picked?.locale };
  return (
    <div className="space-y-8">
      <EditorHeader
        locale={locale}
        back={{ href: "/staff/plans", label: t("plansTitle") }}
        title={title.text}
        titleLocale={title.locale}
        isPublic={isPublicPlanStatus(plan.status)}
        publicHref={`/regions/${plan.region.code.toLowerCase()}/plans/${plan.slug}`}
      >
        <p className="text-sm text-slate-700">
          {plans("statusLabel")}: {plans(`planStatus.${plan.status}`)}
        </p>
        {editor.mayDelete ? (
          <p>
            <Link href={`/staff/plans/${plan.id}/delete`} className={dangerLink}>
              {editorText("deleteDraft")}
            </Link>
          </p>
        ) : null}
      </EditorHeader>
      <section aria-labelledby="plan-details" className="space-y-3 card sm:p-6">
        <h2 id="plan-details" className="text-lg font-semibold text-brand-900">
          {t("editPlan")}
        </h2>
        <PlanForm
          plan={{ id: plan.id, version: plan.version }}
          initial={initial}
          meetings={editor.meetings}
          decisions={editor.decisions}
        />
      </section>
      <section aria-labelledby="plan-activities" className="space-y-4">
        <h2 id="plan-activities" className="text-lg font-semibold text-brand-900">
          {t("activitiesTitle")}
        </h2>
        {plan.activities.map((a) => {
          const values: Record<string, string> = {
            responsibleStructureId: a.responsibleStructureId,
            status: a.status,
            plannedStart: day(a.plannedStart),
            plannedEnd: day(a.plannedEnd),
            actualStart: day(a.actualStart),
            actualEnd: day(a.actualEnd),
          };
          for (const tr of a.translations) {
            values[localeFieldName(tr.locale as AppLocale, "title")] = tr.title;
            values[localeFieldName(tr.locale as AppLocale, "description")] = tr.description;
          }
          a.indicators.forEach((indicator, i) => {
            values[`indicators.${i}.id`] = indicator.id;
            values[`indicators.${i}.unit`] = indicator.unit;
            values[`indicators.${i}.target`] = String(indicator.target);
            for (const tr of indicator.translations) {
              values[`indicators.${i}.t.${tr.locale}.name`] = tr.name;
              values[`indicators.${i}.t.${tr.locale}.unit`] = tr.unit;
            }
          });
          const activityTitle = pickTranslation(a.translations, locale)?.title ?? "";
          return (
            <details key={a.id} className="card">
              <summary className="cursor-pointer font-medium text-brand-800" dir="auto">
                {activityTitle}
              </summary>
              <div className="mt-4 space-y-4">
                <ActivityForm
                  planId={plan.id}
                  version={plan.version}
                  activityId={a.id}
                  initial={values}
                  structures={editor.structures}
                  organizations={editor.organizations}
                  partners={{
                    structures: a.partners.flatMap((p) => (p.structureId ? [p.structureId] : [])),
                    organizations: a.partners.flatMap((p) => (p.organizationId ? [p.organizationId] : [])),
                  }}
                />
                <ActionButton
                  action={deleteActivityAction}
                  fields={{ planId: plan.id, version: plan.version, activityId: a.id }}
                  label={t("removeActivity")}
                  detail={activityTitle}
                  confirmText={t("confirmRemove")}
                  variant="danger"
                />
              </div>
            </details>
          );
        })}
        <section aria-labelledby="activity-new" className="space-y-3 card sm:p-6">
          <h3 id="activity-new" className="font-semibold text-brand-900">
            {t("addActivity")}
          </h3>
          <ActivityForm
            planId={plan.id}
            version={plan.version}
            initial={{ responsibleStructureId: editor.structures[0]?.value ?? "" }}
            structures={editor.structures}
            organizations={editor.organizations}
            partners={{ structures: [], organizations: [] }}
          />
        </section>
      </section>
    </div>
  );
}
