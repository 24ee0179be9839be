// Values of date inputs, the inverse of the parsers in form-fields.ts (UTC).

/** Date → "2021-10-12" (for <input type="date">). */
export function toDateInput(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** Date → "2021-10-12T09:30" (for <input type="datetime-local">, read as UTC). */
export function toDateTimeInput(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 16) : "";
}
