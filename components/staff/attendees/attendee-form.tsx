"use client";

import { useActionState, useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { addAttendeeAction, updateAttendeeAction } from "@/lib/actions/attendees";
import { FormMessage, SelectField, TextField } from "@/components/ui/form-fields";
import { attendeeRoles, organizationChoices, organizationKinds } from "@/lib/validation/attendees";
import { PeopleFields, type PersonDraft } from "./people-fields";

type Option = { value: string; label: string };
export type AttendeeFormOptions = { structures: Option[]; organizations: Option[]; countries: Option[] };

export type AttendeeDraft = {
  role: string;
  organizationChoice: (typeof organizationChoices)[number];
  structureId: string;
  organizationId: string;
  organizationName: string;
  organizationKind: string;
  organizationCountry: string;
  people: Omit<PersonDraft, "key">[];
};

const blank: AttendeeDraft = {
  role: "PARTICIPANT",
  organizationChoice: "structure",
  structureId: "",
  organizationId: "",
  organizationName: "",
  organizationKind: "",
  organizationCountry: "",
  people: [],
};

let nextKey = 0;
const withKeys = (people: Omit<PersonDraft, "key">[]): PersonDraft[] => people.map((p) => ({ ...p, key: (nextKey += 1) }));

/**
 * Adds an attendee, or edits one. Controlled fields: after an error (or a
 * stale-version refusal) everything typed stays; after adding, the form empties.
 */
export function AttendeeForm({
  mode,
  meetingId,
  version,
  attendeeId,
  initial = blank,
  options,
  idPrefix,
}: {
  mode: "add" | "edit";
  meetingId: string;
  version: number;
  attendeeId?: string;
  initial?: AttendeeDraft;
  options: AttendeeFormOptions;
  idPrefix: string;
}) {
  const t = useTranslations("StaffAttendees");
  const [state, formAction, pending] = useActionState(mode === "add" ? addAttendeeAction : updateAttendeeAction, null);
  const [, startTransition] = useTransition();
  const [draft, setDraft] = useState({ ...initial, people: withKeys(initial.people) });
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    // Adjusting state to a new result during render (not in an effect): empty the add form after success.
    setHandled(state);
    if (state?.ok && mode === "add") setDraft({ ...blank, people: [] });
  }
  const errors = state && !state.ok ? state.fieldErrors : {};
  const set = <K extends keyof AttendeeDraft>(key: K, value: (typeof draft)[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const id = (name: string) => `${idPrefix}-${name}`;
  const choose = { value: "", label: t("form.choose") };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  const message = state?.ok ? { ...state, message: mode === "add" ? t("added") : t("updated") } : state;
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      {attendeeId ? <input type="hidden" name="attendeeId" value={attendeeId} /> : null}
      <FormMessage state={pending ? null : message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={id("role")}
          name="role"
          label={t("form.role")}
          value={draft.role}
          onChange={(e) => set("role", e.target.value)}
          options={attendeeRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          errors={errors.role}
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("form.organization")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {organizationChoices.map((choice) => (
            <label key={choice} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="radio"
                name="organizationChoice"
                value={choice}
                checked={draft.organizationChoice === choice}
                onChange={() => set("organizationChoice", choice)}
                className="h-4 w-4 accent-brand-700"
              />
              {t(`form.choice.${choice}`)}
            </label>
          ))}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {draft.organizationChoice === "structure" ? (
            <SelectField
              id={id("structureId")}
              name="structureId"
              label={t("form.structure")}
              value={draft.structureId}
              onChange={(e) => set("structureId", e.target.value)}
              options={[choose, ...options.structures]}
              errors={errors.structureId}
            />
          ) : null}
          {draft.organizationChoice === "organization" ? (
            <SelectField
              id={id("organizationId")}
              name="organizationId"
              label={t("form.existingOrganization")}
              value={draft.organizationId}
              onChange={(e) => set("organizationId", e.target.value)}
              options={[choose, ...options.organizations]}
              errors={errors.organizationId}
            />
          ) : null}
          {draft.organizationChoice === "new" ? (
            <>
              <div className="sm:col-span-2">
                <TextField
                  id={id("organizationName")}
                  name="organizationName"
                  label={t("form.organizationName")}
                  hint={t("form.organizationNameHint")}
                  value={draft.organizationName}
                  onChange={(e) => set("organizationName", e.target.value)}
                  maxLength={200}
                  errors={errors.organizationName}
                />
              </div>
              <SelectField
                id={id("organizationKind")}
                name="organizationKind"
                label={t("form.organizationKind")}
                value={draft.organizationKind}
                onChange={(e) => set("organizationKind", e.target.value)}
                options={[choose, ...organizationKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))]}
                errors={errors.organizationKind}
              />
              <SelectField
                id={id("organizationCountry")}
                name="organizationCountry"
                label={t("form.organizationCountry")}
                value={draft.organizationCountry}
                onChange={(e) => set("organizationCountry", e.target.value)}
                options={[{ value: "", label: t("form.noCountry") }, ...options.countries]}
                errors={errors.organizationCountry}
              />
            </>
          ) : null}
        </div>
      </fieldset>
      <PeopleFields idPrefix={idPrefix} people={draft.people} onChange={(people) => set("people", people)} errors={errors} />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? t("form.saving") : mode === "add" ? t("form.submitAdd") : t("form.submitUpdate")}
      </button>
    </form>
  );
}
