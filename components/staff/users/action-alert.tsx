"use client";

import type { ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";

/**
 * The result of a form: success, or the refusal in words. A refusal that
 * concerns the whole form (key "_form") is shown instead of the generic
 * "correct the highlighted fields", since no field is highlighted.
 */
export function ActionAlert({ state, children }: { state: FormState<unknown>; children?: ReactNode }) {
  if (!state) return <div aria-live="polite" />;
  const formErrors = !state.ok ? state.fieldErrors._form : undefined;
  return (
    <div
      role={state.ok ? "status" : "alert"}
      className={`rounded-md border px-4 py-3 text-sm ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}
    >
      <p>{formErrors?.length ? formErrors.join(" ") : state.message}</p>
      {children}
    </div>
  );
}
