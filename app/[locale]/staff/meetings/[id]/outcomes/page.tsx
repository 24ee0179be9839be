import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import type { AppLocale } from "@/i18n/routing";
import { meetingEditorAccess } from "@/lib/auth/guard";
import { moveOutcomeAction, removeOutcomeAction } from "@/lib/actions/meeting-outcomes";
import { pickTranslation } from "@/lib/content/translation";
import { listOutcomes } from "@/lib/data/meetings/manage-outcomes";
import { ActionButton } from "@/components/staff/editor/action-button";
import { MeetingEditorHeader } from "@/components/staff/meetings/meeting-editor-header";
import { OutcomeForm } from "@/components/staff/meetings/outcome-form";
import { Section } from "@/components/ui/section";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffMeetings" });
  return { title: t("outcomesTitle"), robots: { index: false } };
}

export default async function MeetingOutcomesPage({ params }: Props) {
  const { locale, id, user, meeting } = await meetingEditorAccess(params);
  const [outcomes, t, meetings] = await Promise.all([
    listOutcomes({ actor: user, meetingId: id }),
    getTranslations({ locale, namespace: "StaffMeetings" }),
    getTranslations({ locale, namespace: "Meetings" }),
  ]);
  const ref = { meetingId: meeting.id, version: meeting.version };
  const last = outcomes.length - 1;
  return (
    <>
      <MeetingEditorHeader locale={locale} meeting={meeting} active="outcomes" />
      <div className="space-y-10">
        <Section id="outcome-items" title={t("outcomesTitle")}>
          <p className="text-sm text-slate-700">{t("outcomesIntro")}</p>
          {outcomes.length ? (
            <ol className="space-y-3">
              {outcomes.map((outcome, index) => {
                const text = pickTranslation(outcome.translations, locale);
                const summary = text?.text ?? "";
                const short = summary.length > 60 ? `${summary.slice(0, 59)}…` : summary;
                return (
                  <li key={outcome.id} className="card">
                    <div className="flex flex-wrap items-start justify-between gap-3">
                      <div className="min-w-0 flex-1 basis-64">
                        <p className="text-xs font-semibold tracking-wide text-brand-800 uppercase">
                          {t("itemNumber", { number: index + 1 })} ·{" "}
                          {outcome.kind === "DECISION" ? meetings("decision") : meetings("outcome")}
                        </p>
                        <p className="text-slate-900" lang={text?.locale} dir="auto">
                          {summary}
                        </p>
                      </div>
                      <div className="flex flex-wrap gap-2">
                        {index > 0 ? (
                          <ActionButton
                            action={moveOutcomeAction}
                            fields={{ ...ref, itemId: outcome.id, direction: "up" }}
                            label={t("moveUp")}
                            detail={short}
                          />
                        ) : null}
                        {index < last ? (
                          <ActionButton
                            action={moveOutcomeAction}
                            fields={{ ...ref, itemId: outcome.id, direction: "down" }}
                            label={t("moveDown")}
                            detail={short}
                          />
                        ) : null}
                        <ActionButton
                          action={removeOutcomeAction}
                          fields={{ ...ref, itemId: outcome.id }}
                          label={t("remove")}
                          detail={short}
                          confirmText={t("confirmRemove")}
                          variant="danger"
                        />
                      </div>
                    </div>
                    <details className="mt-3">
                      <summary className="cursor-pointer text-sm font-medium text-brand-800 underline">
                        {t("editItem")}
                        <span className="sr-only">: {short}</span>
                      </summary>
                      <div className="mt-3">
                        <OutcomeForm
                          {...ref}
                          outcome={{
                            id: outcome.id,
                            kind: outcome.kind,
                            texts: Object.fromEntries(
                              outcome.translations.map((tr) => [tr.locale as AppLocale, tr.text]),
                            ),
                          }}
                        />
                      </div>
                    </details>
                  </li>
                );
              })}
            </ol>
          ) : (
            <p className="rounded border border-slate-200 bg-white p-6 text-slate-700">{t("outcomesEmpty")}</p>
          )}
        </Section>
        <Section id="outcome-add" title={t("addOutcome")}>
          <div className="card sm:p-6">
            <OutcomeForm {...ref} />
          </div>
        </Section>
      </div>
    </>
  );
}
