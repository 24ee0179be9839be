"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { addAttendeeAction, updateAttendeeAction } from "@/lib/actions/attendees";
import type { AttendeeFormOptions } from "@/lib/data/meetings/list-attendees";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { attendeeRoles, organizationChoices, organizationKinds } from "@/lib/validation/attendees";
import { PeopleFields, type PersonDraft } from "./people-fields";

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
const withKeys = (people: Omit<PersonDraft, "key">[]): PersonDraft[] =>
  people.map((p) => ({ ...p, key: (nextKey += 1) }));

/** The draft the server echoed after a refusal (a form sent without JavaScript is rendered again from it). */
function fromEcho(values: Record<string, unknown> | undefined, fallback: AttendeeDraft): AttendeeDraft {
  if (!values) return fallback;
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const people: AttendeeDraft["people"] = [];
  for (const [name, value] of Object.entries(values)) {
    const match = /^people\.(\d{1,3})\.(\w+)$/.exec(name);
    if (!match) continue;
    const person = (people[Number(match[1])] ??= {
      fullName: "",
      jobTitle: "",
      publicConsent: false,
      email: "",
      phone: "",
    });
    if (match[2] === "publicConsent") person.publicConsent = true;
    else if (match[2] in person) (person as Record<string, unknown>)[match[2]] = String(value);
  }
  const choice = organizationChoices.find((c) => c === values.organizationChoice) ?? fallback.organizationChoice;
  return {
    role: text("role") || fallback.role,
    organizationChoice: choice,
    structureId: text("structureId"),
    organizationId: text("organizationId"),
    organizationName: text("organizationName"),
    organizationKind: text("organizationKind"),
    organizationCountry: text("organizationCountry"),
    people: people.filter(Boolean),
  };
}

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
  const [draft, setDraft] = useState(() => {
    const start = fromEcho(state && !state.ok ? state.values : undefined, initial);
    return { ...start, people: withKeys(start.people) };
  });
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    // Adjusting state to a new result during render (not in an effect): empty the add form after success.
    setHandled(state);
    if (state?.ok && mode === "add") setDraft({ ...blank, people: [] });
  }
  const errors = state && !state.ok ? state.fieldErrors : {};
  const set = <K extends keyof AttendeeDraft>(key: K, value: (typeof draft)[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const id = (name: string) => `${idPrefix}-${name}`;
  const choose = { value: "", label: t("form.choose") };

  const labels: Record<string, string> = {
    role: t("form.role"),
    structureId: t("form.structure"),
    organizationId: t("form.existingOrganization"),
    organizationName: t("form.organizationName"),
    organizationKind: t("form.organizationKind"),
    organizationCountry: t("form.organizationCountry"),
  };
  for (const name of Object.keys(errors)) {
    const person = /^people\.(\d+)\.(\w+)$/.exec(name);
    if (person)
      labels[name] = `${t("form.person", { number: Number(person[1]) + 1 })} · ${t(`form.${person[2] as "fullName"}`)}`;
  }
  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      {attendeeId ? <input type="hidden" name="attendeeId" value={attendeeId} /> : null}
      <FormAlert
        state={pending ? null : state}
        labels={labels}
        successMessage={mode === "add" ? t("added") : t("updated")}
        idFor={(name) => id(name.replaceAll(".", "-"))}
      />
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
      <PeopleFields
        idPrefix={idPrefix}
        people={draft.people}
        onChange={(people) => set("people", people)}
        errors={errors}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("form.saving") : mode === "add" ? t("form.submitAdd") : t("form.submitUpdate")}
      </button>
    </form>
  );
}
