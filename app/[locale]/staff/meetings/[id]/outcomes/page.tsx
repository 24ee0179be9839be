import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import type { AppLocale } from "@/i18n/routing";
import { meetingEditorAccess } from "@/lib/auth/guard";
import { moveOutcomeAction, removeOutcomeAction } from "@/lib/actions/meeting-outcomes";
import { pickTranslation } from "@/lib/content/translation";
import { getDecisionEditor } from "@/lib/data/decisions/manage-decisions";
import { listOutcomes } from "@/lib/data/meetings/manage-outcomes";
import { OrderedList } from "@/components/staff/editor/ordered-list";
import { MeetingEditorHeader } from "@/components/staff/meetings/meeting-editor-header";
import { OutcomeForm } from "@/components/staff/meetings/outcome-form";
import { DecisionFollowUp } from "@/components/staff/meetings/decision-follow-up";
import { Section } from "@/components/ui/section";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffMeetings" });
  return { title: t("outcomesTitle"), robots: { index: false } };
}

export default async function MeetingOutcomesPage({ params }: Props) {
  const { locale, id, user, meeting } = await meetingEditorAccess(params);
  const [outcomes, followUp, t, meetings] = await Promise.all([
    listOutcomes({ actor: user, meetingId: id }),
    getDecisionEditor({ actor: user, meetingId: id, locale }),
    getTranslations({ locale, namespace: "StaffMeetings" }),
    getTranslations({ locale, namespace: "Meetings" }),
  ]);
  const ref = { meetingId: meeting.id, version: meeting.version };
  return (
    <>
      <MeetingEditorHeader locale={locale} meeting={meeting} active="outcomes" />
      <div className="space-y-10">
        <Section id="outcome-items" title={t("outcomesTitle")}>
          <p className="text-sm text-slate-700">{t("outcomesIntro")}</p>
          <OrderedList
            rows={outcomes.map((outcome, index) => {
              const text = pickTranslation(outcome.translations, locale);
              const summary = text?.text ?? "";
              return {
                id: outcome.id,
                name: summary.length > 60 ? `${summary.slice(0, 59)}…` : summary,
                content: (
                  <>
                    <p className="text-xs font-semibold tracking-wide text-brand-800 uppercase">
                      {t("itemNumber", { number: index + 1 })} ·{" "}
                      {outcome.kind === "DECISION" ? meetings("decision") : meetings("outcome")}
                    </p>
                    <p className="text-slate-900" lang={text?.locale} dir="auto">
                      {summary}
                    </p>
                  </>
                ),
                edit: {
                  label: t("editItem"),
                  form: (
                    <OutcomeForm
                      {...ref}
                      outcome={{
                        id: outcome.id,
                        kind: outcome.kind,
                        texts: Object.fromEntries(outcome.translations.map((tr) => [tr.locale as AppLocale, tr.text])),
                      }}
                    />
                  ),
                },
                remove: { action: removeOutcomeAction, fields: { itemId: outcome.id } },
              };
            })}
            empty={t("outcomesEmpty")}
            meeting={ref}
            move={{ action: moveOutcomeAction, upLabel: t("moveUp"), downLabel: t("moveDown") }}
            remove={{ confirm: "dialog", label: t("remove"), question: t("confirmRemove") }}
          />
        </Section>
        <Section id="outcome-add" title={t("addOutcome")}>
          <div className="card sm:p-6">
            <OutcomeForm {...ref} />
          </div>
        </Section>
        <DecisionFollowUp locale={locale} meetingId={meeting.id} editor={followUp} />
      </div>
    </>
  );
}
