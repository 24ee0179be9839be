// What every server action returns to its form.
export type FieldErrors = Record<string, string[]>;

export type FormState<T = unknown> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; fieldErrors: FieldErrors; values?: Record<string, unknown> }
  | null;

/** FormData → plain object; repeated names become arrays, files stay files. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}
