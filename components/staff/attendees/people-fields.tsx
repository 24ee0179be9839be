"use client";

import { useLayoutEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/form-fields";
import { maxPeoplePerAttendee } from "@/lib/validation/attendees";
import { useHydrated } from "@/components/staff/editor/use-hydrated";
import { buttonClass } from "@/components/ui/button";

export type PersonDraft = {
  key: number;
  fullName: string;
  jobTitle: string;
  publicConsent: boolean;
  email: string;
  phone: string;
};

let nextKey = 1_000_000;

/**
 * The named people of an attendee: fields named `people.<n>.<field>`, so
 * errors come back under the same names. With JavaScript people are added and
 * removed with buttons; before hydration and without it the list ends with one
 * spare row instead (`people.<n>.spare`: the server ignores it left empty).
 */
export function PeopleFields({
  idPrefix,
  people,
  onChange,
  errors,
}: {
  idPrefix: string;
  people: PersonDraft[];
  onChange: (people: PersonDraft[]) => void;
  errors: Record<string, string[]>;
}) {
  const t = useTranslations("StaffAttendees.form");
  const hydrated = useHydrated();
  const spare = !hydrated && people.length < maxPeoplePerAttendee;
  const rows = spare
    ? [...people, { key: -1, fullName: "", jobTitle: "", publicConsent: false, email: "", phone: "" }]
    : people;
  const spareRow = useRef<HTMLLIElement>(null);
  useLayoutEffect(() => {
    // Hydrated: the spare row goes. What was typed in it while the page loaded becomes a person.
    const row = spareRow.current;
    if (!row) return;
    const read = (name: string) => row.querySelector<HTMLInputElement>(`[name$=".${name}"]`);
    const typed = {
      fullName: read("fullName")?.value ?? "",
      jobTitle: read("jobTitle")?.value ?? "",
      publicConsent: read("publicConsent")?.checked ?? false,
      email: read("email")?.value ?? "",
      phone: read("phone")?.value ?? "",
    };
    if (Object.values(typed).some(Boolean)) onChange([...people, { key: (nextKey += 1), ...typed }]);
    // Once, on hydration: the row is there only before.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const update = (index: number, patch: Partial<PersonDraft>) =>
    onChange(people.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const add = () =>
    onChange([
      ...people,
      { key: (nextKey += 1), fullName: "", jobTitle: "", publicConsent: false, email: "", phone: "" },
    ]);
  const remove = (index: number) => onChange(people.filter((_, i) => i !== index));
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">{t("people")}</legend>
      <p className="text-xs text-slate-600">{t("peopleHint")}</p>
      {errors.people ? <p className="text-sm font-medium text-red-700">{errors.people.join(" ")}</p> : null}
      <ol className="space-y-3">
        {rows.map((person, index) => {
          const field = (name: keyof Omit<PersonDraft, "key">) => ({
            id: `${idPrefix}-people-${index}-${name}`,
            name: `people.${index}.${name}`,
            errors: errors[`people.${index}.${name}`],
          });
          return (
            <li
              key={person.key}
              ref={person.key === -1 ? spareRow : undefined}
              className="rounded-md border border-slate-300 bg-slate-50 p-4"
            >
              <fieldset>
                {person.key === -1 ? <input type="hidden" name={`people.${index}.spare`} value="1" /> : null}
                <legend className="mb-2 text-sm font-semibold text-slate-900">
                  {t("person", { number: index + 1 })}
                </legend>
                <div className="grid gap-4 sm:grid-cols-2">
                  <TextField
                    {...field("fullName")}
                    label={t("fullName")}
                    value={person.fullName}
                    maxLength={200}
                    autoComplete="off"
                    onChange={(e) => update(index, { fullName: e.target.value })}
                  />
                  <TextField
                    {...field("jobTitle")}
                    label={t("jobTitle")}
                    value={person.jobTitle}
                    maxLength={200}
                    autoComplete="off"
                    onChange={(e) => update(index, { jobTitle: e.target.value })}
                  />
                  <TextField
                    {...field("email")}
                    type="email"
                    dir="ltr"
                    label={t("email")}
                    value={person.email}
                    maxLength={254}
                    autoComplete="off"
                    onChange={(e) => update(index, { email: e.target.value })}
                  />
                  <TextField
                    {...field("phone")}
                    type="tel"
                    dir="ltr"
                    label={t("phone")}
                    hint={t("phoneHint")}
                    value={person.phone}
                    maxLength={40}
                    autoComplete="off"
                    onChange={(e) => update(index, { phone: e.target.value })}
                  />
                </div>
                <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
                  <label className="flex items-center gap-2 text-sm text-slate-800">
                    <input
                      type="checkbox"
                      name={`people.${index}.publicConsent`}
                      checked={person.publicConsent}
                      onChange={(e) => update(index, { publicConsent: e.target.checked })}
                      className="h-4 w-4 accent-brand-700"
                    />
                    {t("publicConsent")}
                  </label>
                  <button
                    type="button"
                    hidden={!hydrated}
                    onClick={() => remove(index)}
                    className="text-sm font-medium text-red-700 underline hover:text-red-800"
                  >
                    {t("removePerson", { number: index + 1 })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {hydrated && people.length < maxPeoplePerAttendee ? (
        <button type="button" onClick={add} className={buttonClass("secondary", "sm")}>
          {t("addPerson")}
        </button>
      ) : null}
    </fieldset>
  );
}
