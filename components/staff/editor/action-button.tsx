"use client";

import type { FormState } from "@/lib/actions/form-state";
import { buttonClass, type ButtonVariant } from "@/components/ui/button";
import { useEditorForm } from "./use-editor-form";

type Action = (previous: FormState, formData: FormData) => Promise<FormState<unknown>>;

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
  variant?: Exclude<ButtonVariant, "link">;
}) {
  const { state, formAction: run, pending, failed: refused } = useEditorForm(action);
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
      <button type="submit" disabled={disabled || pending} className={buttonClass(variant, "sm")}>
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
