import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { countryName } from "@/lib/content/format";
import { moveAttendeeAction, removeAttendeeAction } from "@/lib/actions/attendees";
import type { AttendeeFormOptions, StaffAttendee } from "@/lib/data/meetings/list-attendees";
import { ActionButton } from "@/components/staff/editor/action-button";
import { AttendeeForm } from "./attendee-form";

const summaryClass =
  "inline-block cursor-pointer list-none rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 [&::-webkit-details-marker]:hidden";

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
  if (!attendees.length)
    return (
      <p className="rounded-md border border-dashed border-slate-300 bg-white px-4 py-6 text-slate-700">{t("empty")}</p>
    );
  const last = attendees.length - 1;
  return (
    <ol className="space-y-4">
      {attendees.map((attendee, index) => {
        const org = attendee.organization;
        const name = org.name;
        return (
          <li key={attendee.id} className="card sm:p-5">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0 flex-1 basis-64 space-y-1">
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
              </div>
              <div role="group" aria-label={t("actionsFor", { name })} className="flex flex-wrap gap-2">
                <ActionButton
                  action={moveAttendeeAction}
                  fields={{ ...ref, itemId: attendee.id, direction: "up" }}
                  label={t("moveUp")}
                  detail={name}
                  successMessage={t("moved")}
                  disabled={index === 0}
                />
                <ActionButton
                  action={moveAttendeeAction}
                  fields={{ ...ref, itemId: attendee.id, direction: "down" }}
                  label={t("moveDown")}
                  detail={name}
                  successMessage={t("moved")}
                  disabled={index === last}
                />
              </div>
            </div>
            {attendee.people.length ? (
              // Scrolls sideways on narrow screens: focusable so keyboard users can scroll it too.
              <div className="mt-4 overflow-x-auto" role="region" aria-label={t("peopleOf", { name })} tabIndex={0}>
                <table className="w-full min-w-[36rem] text-sm">
                  <caption className="sr-only">{t("peopleOf", { name })}</caption>
                  <thead className="border-b border-slate-300 text-slate-700">
                    <tr>
                      <th scope="col" className="py-2 pe-3 text-start font-semibold">
                        {t("columns.fullName")}
                      </th>
                      <th scope="col" className="py-2 pe-3 text-start font-semibold">
                        {t("columns.jobTitle")}
                      </th>
                      <th scope="col" className="py-2 pe-3 text-start font-semibold">
                        {t("columns.publicConsent")}
                      </th>
                      <th scope="col" className="py-2 pe-3 text-start font-semibold">
                        {t("columns.email")}
                      </th>
                      <th scope="col" className="py-2 text-start font-semibold">
                        {t("columns.phone")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {attendee.people.map((person) => (
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
            ) : (
              <p className="mt-3 text-sm text-slate-600">{t("noPeople")}</p>
            )}
            <div className="mt-4 flex flex-wrap items-start gap-3">
              <details className="rounded-md open:w-full open:border open:border-slate-200 open:bg-slate-50 open:p-4 sm:open:p-5">
                <summary className={summaryClass}>
                  {t("edit")}
                  <span className="sr-only"> {name}</span>
                </summary>
                <div className="mt-4">
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
                      organizationName: "",
                      organizationKind: "",
                      organizationCountry: "",
                      people: attendee.people.map(({ fullName, jobTitle, publicConsent, email, phone }) => ({
                        fullName,
                        jobTitle,
                        publicConsent,
                        email,
                        phone,
                      })),
                    }}
                  />
                </div>
              </details>
              <details className="rounded-md open:w-full open:border open:border-red-200 open:bg-red-50 open:p-4">
                <summary className={summaryClass}>
                  {t("remove")}
                  <span className="sr-only"> {name}</span>
                </summary>
                <div className="mt-3 space-y-3">
                  <p className="text-sm text-slate-900">{t("removeConfirm", { name })}</p>
                  <ActionButton
                    action={removeAttendeeAction}
                    fields={{ ...ref, attendeeId: attendee.id }}
                    label={t("confirmRemove")}
                    detail={name}
                    successMessage={t("removed")}
                    variant="dangerSolid"
                  />
                </div>
              </details>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
