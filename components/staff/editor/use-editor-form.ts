"use client";

import { useActionState } from "react";
import type { FieldErrors, FormState } from "@/lib/actions/form-state";

type Action<T> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

/**
 * The state of one staff form posting to a server action. Inputs are
 * uncontrolled and start from `initial` (the saved record, named as the
 * inputs are); after a refusal they start from what the user sent (echoed by
 * the server), so nothing typed is lost — with or without JavaScript.
 */
export function useEditorForm<T>(action: Action<T>, initial: Record<string, string> = {}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors: FieldErrors = failed?.fieldErrors ?? {};
  const sent = failed?.values;
  const value = (name: string): string => {
    if (sent && name in sent) {
      const v = sent[name];
      return Array.isArray(v) ? String(v[0] ?? "") : String(v ?? "");
    }
    return initial[name] ?? "";
  };
  /** Repeated values (checkbox groups): what was sent, else the saved list. */
  const values = (name: string, saved: string[]): string[] => {
    if (!sent) return saved;
    const v = sent[name];
    return v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(String);
  };
  const field = fieldProps(errors, value);
  return { state, formAction, pending, errors, value, values, field, failed };
}

/** A field's name, errors and starting value, to spread on it (with its id from `idFor`, if given). */
export function fieldProps(errors: FieldErrors, value: (name: string) => string) {
  return (name: string, idFor?: (name: string) => string) => ({
    id: idFor?.(name),
    name,
    errors: errors[name],
    defaultValue: value(name),
  });
}
