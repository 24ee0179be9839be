"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState<unknown>>;

/**
 * One button that runs one action on one record (move, remove, unlink), with
 * the hidden fields it needs. A refusal (stale page, no right) shows next to it.
 */
export function ActionButton({
  action,
  fields,
  label,
  detail,
  className,
  confirmText,
}: {
  action: Action;
  fields: Record<string, string | number>;
  label: string;
  /** Extra words for screen readers, e.g. which item. */
  detail?: string;
  className?: string;
  confirmText?: string;
}) {
  const [state, run, pending] = useActionState(action, null);
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
      <button type="submit" disabled={pending} className={`rounded px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${className ?? "border border-slate-400 text-slate-800 hover:bg-slate-100"}`}>
        {label}
        {detail ? <span className="sr-only">: {detail}</span> : null}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="max-w-xs text-sm font-medium text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
