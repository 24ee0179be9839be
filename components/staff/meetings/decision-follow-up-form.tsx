"use client";

import { useTranslations } from "next-intl";
import { saveDecisionFollowUpAction } from "@/lib/actions/meeting-decisions";
import type { DecisionEditorRow } from "@/lib/data/decisions/manage-decisions";
import type { Option } from "@/lib/data/list-options";
import { decisionKinds, decisionStatuses } from "@/lib/validation/decision-filters";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { CheckboxGroup } from "@/components/staff/editor/checkbox-group";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { buttonClass } from "@/components/ui/button";

/** What the form edits of a decision (lib/data/decisions/manage-decisions.ts). */
export type DecisionFollowUpValues = Omit<DecisionEditorRow, "text" | "history" | "plans">;

/** A decision's follow-up: its kind, status, due date, responsible structures and what carried it out. */
export function DecisionFollowUpForm({
  meetingId,
  decision,
  structures,
  meetings,
  documents,
}: {
  meetingId: string;
  decision: DecisionFollowUpValues;
  structures: Option[];
  meetings: Option[];
  documents: Option[];
}) {
  const t = useTranslations("StaffDecisions");
  const d = useTranslations("Decisions");
  const forms = useTranslations("Forms");
  const { state, formAction, pending, errors, values, field } = useEditorForm(saveDecisionFollowUpAction, {
    decisionKind: decision.decisionKind,
    status: decision.status,
    dueOn: decision.dueOn,
    followUpMeetingId: decision.followUpMeetingId,
    followUpNewsSlug: decision.followUpNewsSlug,
    followUpDocumentId: decision.followUpDocumentId,
  });
  const id = (name: string) => `decision-${decision.id}-${name}`;
  const none = { value: "", label: t("none") };
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert
        state={state}
        labels={{
          decisionKind: t("decisionKind"),
          status: t("status"),
          dueOn: t("dueOn"),
          responsible: t("responsible"),
          followUpMeetingId: t("followUpMeeting"),
          followUpNewsSlug: t("followUpNews"),
          followUpDocumentId: t("followUpDocument"),
        }}
        idFor={id}
      />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="decisionId" value={decision.id} />
      <input type="hidden" name="version" value={decision.version} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label={t("decisionKind")}
          {...field("decisionKind", id)}
          options={decisionKinds.map((kind) => ({ value: kind, label: d(`kind.${kind}`) }))}
        />
        <SelectField
          label={t("status")}
          {...field("status", id)}
          options={decisionStatuses.map((status) => ({ value: status, label: d(`status.${status}`) }))}
        />
        <TextField type="date" label={t("dueOn")} {...field("dueOn", id)} />
      </div>
      <CheckboxGroup
        id={id("responsible")}
        name="responsible"
        legend={t("responsible")}
        options={structures}
        defaultSelected={values("responsible", decision.responsible)}
        errors={errors.responsible}
        columns={2}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("followUpMeeting")} {...field("followUpMeetingId", id)} options={[none, ...meetings]} />
        <TextField
          label={t("followUpNews")}
          hint={t("followUpNewsHint")}
          {...field("followUpNewsSlug", id)}
          dir="ltr"
        />
        <SelectField
          label={t("followUpDocument")}
          {...field("followUpDocumentId", id)}
          options={[none, ...documents]}
        />
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? forms("saving") : t("save")}
      </button>
    </form>
  );
}
