"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState<unknown>>;

const variants = {
  plain: "border border-slate-400 bg-white text-slate-800 hover:bg-slate-100",
  primary: "border border-brand-700 bg-brand-700 text-white hover:bg-brand-800",
  outline: "border border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
  danger: "border border-red-800 bg-white text-red-800 hover:bg-red-50",
  dangerSolid: "border border-red-700 bg-red-700 text-white hover:bg-red-800",
};

/**
 * The one button that runs one action on one record (move, remove, unlink,
 * add as attendee…), with the hidden fields it needs. It is a small form, so
 * it works without JavaScript; a refusal (stale page, no right) shows next to
 * it, and success is announced to screen readers.
 */
export function ActionButton({
  action,
  fields,
  label,
  detail,
  successMessage,
  confirmText,
  disabled,
  variant = "plain",
}: {
  action: Action;
  fields: Record<string, string | number>;
  label: string;
  /** Extra words for screen readers, e.g. which item. */
  detail?: string;
  successMessage?: string;
  /** Asked before running (with JavaScript; lists also put destructive actions behind a disclosure). */
  confirmText?: string;
  disabled?: boolean;
  variant?: keyof typeof variants;
}) {
  const [state, run, pending] = useActionState(action, null);
  const refused = state && !state.ok ? state : null;
  return (
    <form
      action={run}
      className="inline-flex flex-col items-start gap-1"
      onSubmit={(event) => {
        if (confirmText && !window.confirm(confirmText)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={disabled || pending}
        className={`rounded px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50 ${variants[variant]}`}
      >
        {label}
        {detail ? <span className="sr-only">: {detail}</span> : null}
      </button>
      <span
        role={refused ? "alert" : "status"}
        className={refused ? "max-w-xs text-sm font-medium text-red-800" : "sr-only"}
      >
        {refused
          ? [refused.message, ...Object.values(refused.fieldErrors).flat()].join(" ")
          : state?.ok
            ? (successMessage ?? state.message)
            : ""}
      </span>
    </form>
  );
}
