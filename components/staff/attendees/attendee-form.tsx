"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { addAttendeeAction, updateAttendeeAction } from "@/lib/actions/attendees";
import type { AttendeeFormOptions } from "@/lib/data/meetings/list-attendees";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";
import { ChoiceFields } from "@/components/staff/editor/choice-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { attendeeRoles, organizationChoices, organizationKinds } from "@/lib/validation/attendees";
import { PeopleFields, type PersonDraft } from "./people-fields";

type Person = Omit<PersonDraft, "key">;

export type AttendeeDraft = {
  role: string;
  organizationChoice: (typeof organizationChoices)[number];
  structureId: string;
  organizationId: string;
  people: Person[];
};

const blank: AttendeeDraft = {
  role: "PARTICIPANT",
  organizationChoice: "structure",
  structureId: "",
  organizationId: "",
  people: [],
};

let nextKey = 0;
const withKeys = (people: Person[]): PersonDraft[] => people.map((p) => ({ ...p, key: (nextKey += 1) }));

/** The people the server echoed after a refusal (fields named people.<n>.<field>; an empty spare row is none). */
function peopleFromEcho(values: Record<string, unknown>): Person[] {
  const people: Person[] = [];
  const spare = new Set<number>();
  for (const [name, value] of Object.entries(values)) {
    const match = /^people\.(\d{1,3})\.(\w+)$/.exec(name);
    if (!match) continue;
    const index = Number(match[1]);
    const person = (people[index] ??= { fullName: "", jobTitle: "", publicConsent: false, email: "", phone: "" });
    if (match[2] === "spare") spare.add(index);
    else if (match[2] === "publicConsent") person.publicConsent = true;
    else if (match[2] in person) (person as Record<string, unknown>)[match[2]] = String(value);
  }
  return people.filter((person, index) => person && (!spare.has(index) || Object.values(person).some(Boolean)));
}

/**
 * Adds an attendee, or edits one. The organization is one of three sets of
 * fields, all rendered on the server and switched by CSS (ChoiceFields), so
 * every kind can be added before hydration and without JavaScript. After a
 * refusal everything typed stays; after adding, the form empties.
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
  const { state, formAction, pending, errors, value, failed } = useEditorForm(
    mode === "add" ? addAttendeeAction : updateAttendeeAction,
    {
      role: initial.role,
      organizationChoice: initial.organizationChoice,
      structureId: initial.structureId,
      organizationId: initial.organizationId,
    },
  );
  // The people are a list the user grows and shrinks (with JavaScript): client state, reset after adding.
  const [people, setPeople] = useState(() => withKeys(failed?.values ? peopleFromEcho(failed.values) : initial.people));
  const [handled, setHandled] = useState(state);
  const [generation, setGeneration] = useState(0);
  if (state !== handled) {
    // Adjusting state to a new result during render (not in an effect): the fields start again from
    // what was sent (a refusal) or saved, and the add form empties after success.
    setHandled(state);
    setGeneration((g) => g + 1);
    if (state?.ok && mode === "add") setPeople([]);
  }
  const id = (name: string) => `${idPrefix}-${name}`;
  const choose = { value: "", label: t("form.choose") };
  const field = (name: string) => ({
    id: id(name),
    name,
    defaultValue: value(name),
    errors: errors[name],
  });

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
  const fields = {
    structure: (
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField {...field("structureId")} label={t("form.structure")} options={[choose, ...options.structures]} />
      </div>
    ),
    organization: (
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          {...field("organizationId")}
          label={t("form.existingOrganization")}
          options={[choose, ...options.organizations]}
        />
      </div>
    ),
    new: (
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField
            {...field("organizationName")}
            label={t("form.organizationName")}
            hint={t("form.organizationNameHint")}
            maxLength={200}
          />
        </div>
        <SelectField
          {...field("organizationKind")}
          label={t("form.organizationKind")}
          options={[choose, ...organizationKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))]}
        />
        <SelectField
          {...field("organizationCountry")}
          label={t("form.organizationCountry")}
          options={[{ value: "", label: t("form.noCountry") }, ...options.countries]}
        />
      </div>
    ),
  };
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
      {/* Uncontrolled fields, created again for each result so that they start from its values. */}
      <div key={generation} className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            {...field("role")}
            label={t("form.role")}
            options={attendeeRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          />
        </div>
        <ChoiceFields
          name="organizationChoice"
          legend={t("form.organization")}
          checked={value("organizationChoice")}
          choices={organizationChoices.map((choice) => ({
            value: choice,
            label: t(`form.choice.${choice}`),
            fields: fields[choice],
          }))}
        />
      </div>
      <PeopleFields idPrefix={idPrefix} people={people} onChange={setPeople} errors={errors} />
      <Button size="lg" disabled={pending}>
        {pending ? t("form.saving") : mode === "add" ? t("form.submitAdd") : t("form.submitUpdate")}
      </Button>
    </form>
  );
}
