import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { countryName } from "@/lib/content/format";
import { moveAttendeeAction, removeAttendeeAction } from "@/lib/actions/attendees";
import type { AttendeeFormOptions, StaffAttendee } from "@/lib/data/meetings/list-attendees";
import { OrderedList, type OrderedRow } from "@/components/staff/editor/ordered-list";
import { AttendeeForm } from "./attendee-form";

/** The attendees in order, each with its people (private fields included: staff only) and its actions. */
export async function AttendeeList({
  meeting: ref,
  attendees,
  options,
  locale,
}: {
  meeting: { meetingId: string; version: number };
  attendees: StaffAttendee[];
  options: AttendeeFormOptions;
  locale: AppLocale;
}) {
  const t = await getTranslations({ locale, namespace: "StaffAttendees" });
  const rows: OrderedRow[] = attendees.map((attendee, index) => {
    const org = attendee.organization;
    const name = org.name;
    return {
      id: attendee.id,
      name,
      content: (
        <>
          <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
            {t("position", { position: index + 1 })} · {t(`role.${attendee.role}`)}
          </p>
          <h3 className="text-lg font-semibold text-slate-900" lang={org.nameLocale} dir="auto">
            {name}
          </h3>
          <p className="text-sm text-slate-700">
            {t(`kind.${org.kind}`)}
            {org.countryCode ? ` · ${countryName(org.countryCode, locale)}` : ""}
          </p>
        </>
      ),
      details: attendee.people.length ? (
        <PeopleTable people={attendee.people} name={name} locale={locale} />
      ) : (
        <p className="mt-3 text-sm text-slate-600">{t("noPeople")}</p>
      ),
      edit: {
        label: t("edit"),
        form: (
          <AttendeeForm
            mode="edit"
            idPrefix={`edit-${attendee.id}`}
            {...ref}
            attendeeId={attendee.id}
            options={options}
            initial={{
              role: attendee.role,
              organizationChoice: org.choice,
              structureId: org.choice === "structure" ? org.id : "",
              organizationId: org.choice === "organization" ? org.id : "",
              people: attendee.people.map(({ fullName, jobTitle, publicConsent, email, phone }) => ({
                fullName,
                jobTitle,
                publicConsent,
                email,
                phone,
              })),
            }}
          />
        ),
      },
      remove: { action: removeAttendeeAction, fields: { attendeeId: attendee.id }, successMessage: t("removed") },
    };
  });
  return (
    <OrderedList
      rows={rows}
      empty={t("empty")}
      meeting={ref}
      move={{ action: moveAttendeeAction, upLabel: t("moveUp"), downLabel: t("moveDown"), successMessage: t("moved") }}
      remove={{
        confirm: "disclosure",
        label: t("remove"),
        question: (name) => t("removeConfirm", { name }),
        confirmLabel: t("confirmRemove"),
      }}
      actionsLabel={(name) => t("actionsFor", { name })}
    />
  );
}

/** The named people of one attendee, private fields included (staff only). */
async function PeopleTable({
  people,
  name,
  locale,
}: {
  people: StaffAttendee["people"];
  name: string;
  locale: AppLocale;
}) {
  const t = await getTranslations({ locale, namespace: "StaffAttendees" });
  return (
    // Scrolls sideways on narrow screens: focusable so keyboard users can scroll it too.
    <div className="mt-4 overflow-x-auto" role="region" aria-label={t("peopleOf", { name })} tabIndex={0}>
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">{t("peopleOf", { name })}</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            {(["fullName", "jobTitle", "publicConsent", "email"] as const).map((column) => (
              <th key={column} scope="col" className="py-2 pe-3 text-start font-semibold">
                {t(`columns.${column}`)}
              </th>
            ))}
            <th scope="col" className="py-2 text-start font-semibold">
              {t("columns.phone")}
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id} className="border-b border-slate-100 last:border-0">
              <td className="py-2 pe-3 font-medium text-slate-900">
                <span dir="auto">{person.fullName}</span>
              </td>
              <td className="py-2 pe-3 text-slate-800">
                <span dir="auto">{person.jobTitle}</span>
              </td>
              <td className="py-2 pe-3 text-slate-800">{person.publicConsent ? t("yes") : t("no")}</td>
              <td className="py-2 pe-3 text-slate-800">
                <span dir="ltr">{person.email}</span>
              </td>
              <td className="py-2 text-slate-800">
                <span dir="ltr">{person.phone}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
