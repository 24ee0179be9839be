"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/routing";
import { reportMeetingAction } from "@/lib/actions/imports";
import type { MeetingFormChoices, MeetingFormValues } from "@/lib/data/meetings/get-meeting-form";
import type { ReportProposal } from "@/lib/data/imports/propose-meeting";
import { SelectField, TextAreaField } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { FormSection } from "@/components/staff/editor/form-section";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { EvidenceText } from "@/components/staff/imports/evidence-text";
import { MeetingForm } from "./meeting-form";

type Props = {
  choices: MeetingFormChoices;
  values: MeetingFormValues;
  previews: Record<AppLocale, string>;
  formToken: string;
  imported: { value: string; label: string }[];
};

/** The fields a report may propose, in the order they are shown beside it. */
const FIELDS = [
  "kind",
  "number",
  "startDate",
  "endDate",
  "format",
  "city",
  "countryCode",
  "timeZone",
  "regionId",
  "organizerStructureId",
  "hostStructureId",
] as const;

function parseProposal(value: unknown): ReportProposal | null {
  if (typeof value !== "string") return null;
  try {
    const parsed = JSON.parse(value) as ReportProposal;
    return parsed && typeof parsed.values === "object" && parsed.values ? parsed : null;
  } catch {
    return null;
  }
}

/** One proposed attendee or person, kept when ticked. */
function KeepItem({
  name,
  index,
  checked,
  disabled,
  children,
}: {
  name: string;
  index: number;
  checked: boolean;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <li>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name={name}
          value={index}
          defaultChecked={checked && !disabled}
          disabled={disabled}
          className="mt-0.5 size-4"
        />
        {children}
      </label>
    </li>
  );
}

/**
 * "Start from a report": paste a narrative report (or choose an imported news
 * item); the proposed fields are shown beside the text, each with the
 * sentence it came from marked; the meeting form opens filled with them, to
 * accept, edit or clear; creating opens the meeting's editor as usual.
 */
export function ReportStart({ choices, values, previews, formToken, imported }: Props) {
  const t = useTranslations("StaffImport");
  const fields = useTranslations("StaffMeetings");
  const kinds = useTranslations("Meeting");
  const { state, formAction, pending, errors, failed } = useEditorForm(reportMeetingAction);
  const sent = failed?.values ?? {};
  const proposal = state?.ok ? (state.data?.proposal ?? null) : parseProposal(sent.proposal);
  const report = state?.ok ? (state.data?.report ?? "") : typeof sent.report === "string" ? sent.report : "";
  const creating = sent.step === "create";
  const start: Record<string, string> = { ...values, ...(proposal?.values ?? {}) };
  const value = (name: string) => {
    const v = sent[name];
    if (creating && v !== undefined) return Array.isArray(v) ? String(v[0] ?? "") : String(v ?? "");
    return start[name] ?? "";
  };
  const label = (options: { value: string; label: string }[], v: string) =>
    options.find((o) => o.value === v)?.label ?? v;
  const shown = (name: (typeof FIELDS)[number]): string => {
    const v = proposal?.values[name] ?? "";
    if (name === "kind") return v ? kinds(`kind.${v}` as never) : "";
    if (name === "format") return v ? kinds(`format.${v}` as never) : "";
    if (name === "countryCode") return v ? label(choices.countries, v) : "";
    if (name === "regionId") return v ? label(choices.regions, v) : "";
    // Named as the form's zone list names it ("Kyrgyzstan (GMT+6)"), never by its ID.
    if (name === "timeZone") return proposal?.evidence.timeZone && v ? label(choices.timeZones, v) : "";
    if (name === "hostStructureId" || name === "organizerStructureId") return v ? label(choices.structures, v) : "";
    return v;
  };
  const fieldLabel: Record<(typeof FIELDS)[number], string> = {
    kind: fields("field.kind"),
    number: fields("field.number"),
    startDate: fields("field.startDate"),
    endDate: fields("field.endDate"),
    format: fields("field.format"),
    city: fields("field.city"),
    countryCode: fields("field.country"),
    timeZone: fields("field.timeZone"),
    regionId: fields("field.region"),
    organizerStructureId: fields("field.organizer"),
    hostStructureId: fields("field.host"),
  };
  const keptChecked = (name: string, index: number) => {
    if (!creating) return true;
    const v = sent[name];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(String).includes(String(index));
  };

  return (
    <div className="space-y-8">
      <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
        <input type="hidden" name="step" value="propose" />
        <FormAlert
          state={creating ? null : state?.ok ? null : state}
          labels={{ report: t("report"), articleId: t("importedItem") }}
          idFor={(name) => `report-${name}`}
        />
        <TextAreaField
          id="report-report"
          name="report"
          label={t("report")}
          hint={t("reportHint")}
          rows={8}
          maxLength={100_000}
          defaultValue={report}
          key={`report-${report.length}`}
          errors={creating ? undefined : errors.report}
          dir="auto"
        />
        {imported.length ? (
          <SelectField
            id="report-articleId"
            name="articleId"
            label={t("importedItem")}
            hint={t("importedItemHint")}
            options={[{ value: "", label: t("noImportedItem") }, ...imported]}
            defaultValue=""
          />
        ) : null}
        <Button variant="secondary" disabled={pending}>
          {pending ? t("reading") : t("propose")}
        </Button>
      </form>

      {proposal ? (
        <>
          <section aria-labelledby="report-review" className="space-y-4">
            <h2 id="report-review" className="text-xl font-semibold text-brand-900">
              {proposal.isMeetingReport ? t("reviewTitle") : t("reviewNotMeeting")}
            </h2>
            <div className="grid gap-6 lg:grid-cols-2">
              <EvidenceText
                text={report}
                sentences={Object.values(proposal.evidence)}
                language={proposal.language}
                testId="report-text"
              />
              <dl
                className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
                data-testid="proposed-fields"
              >
                {FIELDS.filter((name) => shown(name)).map((name) => (
                  <div key={name} className="grid gap-1 p-3 sm:grid-cols-[10rem_1fr]">
                    <dt className="text-sm font-semibold text-slate-800">{fieldLabel[name]}</dt>
                    <dd className="space-y-1 text-sm">
                      <p className="font-medium text-slate-900">{shown(name)}</p>
                      {name === "number" && proposal.seriesNumber !== null && !proposal.values.seriesId ? (
                        <p className="font-medium text-amber-800" data-testid="number-no-series">
                          {t("numberNoSeries", { number: proposal.seriesNumber })}
                        </p>
                      ) : null}
                      {proposal.evidence[name] ? (
                        <p className="text-slate-700" lang={proposal.language} dir="auto">
                          <span className="sr-only">{t("evidence")}: </span>
                          <mark>{proposal.evidence[name]}</mark>
                        </p>
                      ) : null}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          </section>
          <MeetingForm
            key={JSON.stringify(proposal.values)}
            mode="create"
            formToken={formToken}
            choices={choices}
            values={start}
            previews={previews}
            editor={{ state: creating ? state : null, formAction, pending, errors: creating ? errors : {}, value }}
            extra={
              <>
                <input type="hidden" name="step" value="create" />
                <input type="hidden" name="proposal" value={JSON.stringify(proposal)} />
                <input type="hidden" name="report" value={report} />
                {proposal.attendees.length || proposal.people.length ? (
                  <FormSection id="report-attendees" title={t("attendeesTitle")} lead={t("attendeesLead")}>
                    <ul className="space-y-2">
                      {proposal.attendees.map((a, i) => (
                        <KeepItem key={`a-${i}`} name="keepAttendee" index={i} checked={keptChecked("keepAttendee", i)}>
                          <span className="font-medium">{a.name}</span> — {t(`role.${a.role}`)}
                        </KeepItem>
                      ))}
                      {proposal.people.map((p, i) => (
                        <KeepItem
                          key={`p-${i}`}
                          name="keepPerson"
                          index={i}
                          checked={keptChecked("keepPerson", i)}
                          disabled={p.attendee === null}
                        >
                          <span dir="auto">
                            <span className="font-medium">{p.name}</span>
                            {p.role ? `, ${p.role}` : ""}
                            {" — "}
                            {p.attendee === null
                              ? t("personNoAttendee")
                              : t("personWith", { name: proposal.attendees[p.attendee]?.name ?? "" })}
                          </span>
                        </KeepItem>
                      ))}
                    </ul>
                    <p className="text-sm text-slate-700">{t("peopleNotPublic")}</p>
                  </FormSection>
                ) : null}
                {proposal.decisions.length ? (
                  <FormSection id="report-decisions" title={t("decisionsTitle")} lead={t("decisionsLead")}>
                    <ul className="space-y-3">
                      {proposal.decisions.map((d, i) => (
                        <li key={i} className="grid grid-cols-[auto_1fr] items-start gap-2">
                          <input
                            type="checkbox"
                            name="keepDecision"
                            value={i}
                            id={`report-keep-decision-${i}`}
                            aria-label={t("keepDecision", { n: i + 1 })}
                            defaultChecked={keptChecked("keepDecision", i)}
                            className="mt-2 size-4"
                          />
                          <TextAreaField
                            id={`report-decision-${i}`}
                            name={`decision-${i}`}
                            label={t("decision", { n: i + 1 })}
                            defaultValue={
                              creating && typeof sent[`decision-${i}`] === "string" ? String(sent[`decision-${i}`]) : d
                            }
                            rows={2}
                            maxLength={2000}
                            lang={proposal.language}
                            dir="auto"
                          />
                        </li>
                      ))}
                    </ul>
                  </FormSection>
                ) : null}
              </>
            }
          />
        </>
      ) : null}
    </div>
  );
}
