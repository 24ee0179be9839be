"use client";

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { FormState } from "@/lib/actions/form-state";

const inputClass =
  "mt-1 block w-full rounded border bg-white px-3 py-2 text-sm text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700 border-slate-400";

function FieldShell({ id, label, hint, errors, children }: { id: string; label: string; hint?: string; errors?: string[]; children: ReactNode }) {
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

export function TextField({ name, label, hint, errors, id, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors}>
      <input id={fieldId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(fieldId, hint)} className={inputClass} {...rest} />
    </FieldShell>
  );
}

export function TextAreaField({ name, label, hint, errors, id, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors}>
      <textarea id={fieldId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(fieldId, hint)} className={inputClass} {...rest} />
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
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors}>
      <select id={fieldId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(fieldId, hint)} className={inputClass} {...rest}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** The form-level result: success or the error summary, announced to screen readers. */
export function FormMessage({ state }: { state: FormState<unknown> }) {
  if (!state) return <div aria-live="polite" />;
  return (
    <div
      role={state.ok ? "status" : "alert"}
      className={`rounded-md border px-4 py-3 text-sm ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}
    >
      {state.message}
    </div>
  );
}
