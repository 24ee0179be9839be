// The meeting form's starting values (all strings, as the inputs hold them),
// from a saved meeting or the defaults of a new one.
import { locales } from "@/i18n/routing";
import { utcToLocalDateTime, utcToZoned } from "@/lib/content/time-zone";
import { textFields, textName } from "@/lib/validation/meetings";
import { cityNameField, cityNameLocales } from "@/lib/validation/city-names";
import type { MeetingForEdit } from "@/lib/data/staff/meeting-editor";

export type FormValues = Record<string, string>;

export function meetingFormValues(meeting: MeetingForEdit | null, defaults: { regionId: string | null }): FormValues {
  const values: FormValues = {};
  for (const locale of locales) for (const field of textFields) values[textName(field, locale)] = "";
  for (const locale of cityNameLocales) values[cityNameField(locale)] = meeting?.cityNames[locale] ?? "";
  if (!meeting) {
    return {
      ...values,
      kind: "REGIONAL_STRUCTURES_MEETING",
      format: "IN_PERSON",
      seriesId: "",
      number: "",
      startDate: "",
      startTime: "09:00",
      endDate: "",
      endTime: "17:00",
      timeZone: "UTC",
      city: "",
      countryCode: "",
      regionId: defaults.regionId ?? "",
      hostStructureId: "",
      organizerStructureId: "",
      slug: "",
      publishAt: "",
    };
  }
  const start = utcToZoned(meeting.startsAt, meeting.timeZone);
  const end = utcToZoned(meeting.endsAt, meeting.timeZone);
  for (const t of meeting.translations) {
    values[textName("title", t.locale)] = t.title;
    values[textName("summary", t.locale)] = t.summary;
    values[textName("body", t.locale)] = t.body;
    values[textName("venue", t.locale)] = t.venue;
  }
  return {
    ...values,
    kind: meeting.kind,
    format: meeting.format,
    seriesId: meeting.seriesId ?? "",
    number: meeting.number === null ? "" : String(meeting.number),
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    timeZone: meeting.timeZone,
    city: meeting.city,
    countryCode: meeting.countryCode ?? "",
    regionId: meeting.regionId ?? "",
    hostStructureId: meeting.hostStructureId ?? "",
    organizerStructureId: meeting.organizerStructureId ?? "",
    slug: meeting.slug,
    publishAt: utcToLocalDateTime(meeting.publishAt, meeting.timeZone),
  };
}
