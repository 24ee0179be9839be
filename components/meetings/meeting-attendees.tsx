import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { countryName } from "@/lib/content/format";
import type { PublicAttendee } from "@/lib/data/meetings/get-published-meeting";
import { OrgName } from "./meeting-facts";

const roleOrder = ["HOST", "ORGANIZER", "CHAIR", "PARTNER", "SPEAKER", "PARTICIPANT", "OBSERVER"] as const;

/** Attendees grouped by role, then organization; people only with consent. */
export async function MeetingAttendees({
  attendees,
  locale,
  hasStarted,
}: {
  attendees: PublicAttendee[];
  locale: AppLocale;
  hasStarted: boolean;
}) {
  if (!attendees.length) return null;
  const t = await getTranslations({ locale, namespace: "Meetings" });
  const organizations = new Set(attendees.map((a) => `${a.organization.kind}:${a.organization.slug}`));
  const groups = roleOrder
    .map((role) => ({ role, members: attendees.filter((a) => a.role === role) }))
    .filter((group) => group.members.length);
  return (
    <section aria-labelledby="attendees" className="space-y-4">
      <h2 id="attendees" className="text-xl font-semibold text-brand-900">
        {t("attendees")}
      </h2>
      {/* Before the meeting starts nobody has taken part yet (the publication sweep refreshes the page when it starts). */}
      <p className="text-sm text-slate-700">
        {t(hasStarted ? "attendeesSummary" : "attendeesExpected", { count: organizations.size })}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {groups.map((group) => (
          <div key={group.role} className="card">
            <h3 className="font-semibold text-slate-900">{t(`role.${group.role}`)}</h3>
            <ul className="mt-2 space-y-2 text-sm">
              {group.members.map((attendee) => (
                <li key={attendee.id}>
                  <OrgName org={attendee.organization} />
                  {attendee.organization.countryCode ? (
                    <span className="text-slate-600"> · {countryName(attendee.organization.countryCode, locale)}</span>
                  ) : null}
                  {attendee.people.length ? (
                    <ul className="mt-1 list-disc ps-5 text-slate-700" aria-label={t("people")}>
                      {attendee.people.map((person) => (
                        <li key={person.fullName}>
                          {/* Names are typed in any script: isolated, so neither they nor their neighbours reorder. */}
                          <bdi>{person.fullName}</bdi>
                          {person.jobTitle ? (
                            <span className="text-slate-600">
                              , <bdi>{person.jobTitle}</bdi>
                            </span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
