// The people a report names become attendees' people, never public (no
// consent is given by an import): each goes with the attending structure or
// organization their role names ("Head of the RTC Bishkek"), else with the
// organizer, else the host, else nowhere (staff add them by hand).
import { normalizeText } from "./text";

const fold = (text: string) => normalizeText(text).toLowerCase();

export type NamedPerson = { name: string; role: string | null };

/** The index, in `attendees`, of the attendee a person goes with, or null. */
export function attendeeOfPerson(person: NamedPerson, attendees: { name: string; role: string }[]): number | null {
  const role = fold(person.role ?? "");
  const named = role ? attendees.findIndex((a) => a.name && role.includes(fold(a.name))) : -1;
  if (named >= 0) return named;
  for (const lead of ["ORGANIZER", "HOST"]) {
    const index = attendees.findIndex((a) => a.role === lead);
    if (index >= 0) return index;
  }
  return null;
}
