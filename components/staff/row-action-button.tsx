"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState<unknown>>;

const styles = {
  plain: "rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50",
  danger: "rounded border border-red-700 bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60",
};

/**
 * One button posting a few hidden fields to a server action (move, remove,
 * delete). A refusal (stale page, no permission) shows next to the button;
 * success is announced with the given message.
 */
export function RowActionButton({
  action,
  fields,
  label,
  ariaLabel,
  successMessage,
  disabled,
  variant = "plain",
}: {
  action: Action;
  fields: Record<string, string | number>;
  label: string;
  ariaLabel?: string;
  successMessage: string;
  disabled?: boolean;
  variant?: keyof typeof styles;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={styles[variant]} aria-label={ariaLabel} disabled={disabled || pending}>
        {label}
      </button>
      <span role={state && !state.ok ? "alert" : "status"} className={state && !state.ok ? "max-w-xs text-sm font-medium text-red-700" : "sr-only"}>
        {state ? (state.ok ? successMessage : state.message) : ""}
      </span>
    </form>
  );
}
