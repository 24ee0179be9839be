import "server-only";
import { getMessages } from "next-intl/server";

// Client components get only the message namespaces they use: every public
// page carries these in its HTML, so they stay small. The staff area and the
// account pages wrap their own provider with theirs.
export const publicClientNamespaces = ["LanguageSwitcher", "Languages", "Error"] as const;

export const staffClientNamespaces = [
  ...publicClientNamespaces,
  "Forms",
  "StaffPlans",
  "Plans",
  "Meeting",
  "Meetings",
  "Staff",
  "StaffAttendees",
  "StaffDocuments",
  "StaffEditor",
  "StaffMeetings",
  "StaffNews",
  "StaffImport",
  "StaffStructures",
  "StaffUsers",
  "StaffOrganizations",
  "StaffPlaces",
  "StaffSubscribers",
  "StaffDecisions",
  "Decisions",
] as const;

// The sign-in and password forms show their results with the staff kit's FormAlert.
export const accountClientNamespaces = [
  ...publicClientNamespaces,
  "Forms",
  "SignIn",
  "Password",
  "StaffEditor",
] as const;

/** The request locale's messages, only the given namespaces. */
export async function clientMessages(namespaces: readonly string[]) {
  const messages = (await getMessages()) as Record<string, unknown>;
  return Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
