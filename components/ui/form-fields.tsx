"use client";

import type { ComponentProps, ReactNode } from "react";
import type { Option } from "@/lib/data/list-options";

// The inputs of every form. A field's id is `field-<name>` unless given: the
// error summary (components/staff/editor/form-alert.tsx) links to it.

const inputClass =
  "mt-1 block w-full rounded border bg-white px-3 py-2 text-sm text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700 border-slate-400";

function FieldShell({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
        {errors?.join(" ")}
      </p>
    </div>
  );
}

type Common = { name: string; label: string; hint?: string; errors?: string[]; id?: string };

function describedBy(id: string, hint?: string) {
  return [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
}

/** The attributes every control shares: its id and name, and its error and hint wired for screen readers. */
function controlProps(id: string, name: string, errors?: string[], hint?: string) {
  return {
    id,
    name,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy(id, hint),
    className: inputClass,
  } as const;
}

export function TextField({ name, label, hint, errors, id, ...rest }: Common & ComponentProps<"input">) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors}>
      <input {...controlProps(fieldId, name, errors, hint)} {...rest} />
    </FieldShell>
  );
}

export function TextAreaField({ name, label, hint, errors, id, ...rest }: Common & ComponentProps<"textarea">) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors}>
      <textarea {...controlProps(fieldId, name, errors, hint)} {...rest} />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  id,
  options,
  ...rest
}: Common & ComponentProps<"select"> & { options: Option[] }) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors}>
      <select {...controlProps(fieldId, name, errors, hint)} {...rest}>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
