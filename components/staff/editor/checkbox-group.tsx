"use client";

import type { Option } from "@/lib/data/list-options";

/** A labelled group of checkboxes sending repeated values under one name. */
export function CheckboxGroup({
  name,
  legend,
  options,
  defaultSelected,
  errors,
  columns = 2,
  id: groupId = `field-${name}`,
}: {
  name: string;
  /** The group's id (its checkboxes' ids start with it): unique when several forms of a page share `name`. */
  id?: string;
  legend: string;
  options: Option[];
  defaultSelected: string[];
  errors?: string[];
  columns?: 1 | 2 | 3;
}) {
  const errorId = `${groupId}-error`;
  const grid = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-2 lg:grid-cols-3" }[columns];
  return (
    <fieldset id={groupId} tabIndex={-1} aria-describedby={errorId} aria-invalid={errors?.length ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div
        className={`mt-2 grid max-h-72 gap-x-6 gap-y-1 overflow-y-auto rounded border border-slate-300 bg-white p-3 ${grid}`}
      >
        {options.map((option) => {
          const id = `${groupId}-${option.value}`;
          return (
            <div key={option.value} className="flex items-start gap-2 py-0.5">
              <input
                id={id}
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={defaultSelected.includes(option.value)}
                className="mt-1 size-4 shrink-0 accent-brand-700"
              />
              <label htmlFor={id} className="text-sm text-slate-800" lang={option.lang}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
      <p id={errorId} aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
        {errors?.join(" ")}
      </p>
    </fieldset>
  );
}
