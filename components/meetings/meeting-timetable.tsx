import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatFileSize, isoDate, timeFormat } from "@/lib/content/format";
import { intlLocale } from "@/lib/content/intl-locale";
import type { OrganizationRef, PublicMeeting } from "@/lib/data/meetings/get-published-meeting";
import type { TimetablePerson } from "@/lib/data/meetings/select-timetable";
import { TitleInEnglish } from "./part-in-english";

type Item = PublicMeeting["agenda"][number];
type Session = PublicMeeting["sessions"][number];
type Document = PublicMeeting["documents"][number];

/** "PDF", "DOCX": the file's type as readers know it, from its name (or its MIME type). */
export function documentType(fileName: string, mimeType: string): string {
  const extension = /\.([a-z0-9]{2,5})$/i.exec(fileName)?.[1];
  if (extension) return extension.toUpperCase();
  return mimeType === "application/pdf" ? "PDF" : (mimeType.split("/").pop() ?? "").toUpperCase();
}

/** "PDF, 120 KB · English": a document's type, size and language, in the visitor's language. */
export async function documentMetaOf(locale: AppLocale) {
  const m = await getTranslations({ locale, namespace: "Meetings" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  return (doc: Pick<Document, "fileName" | "mimeType" | "sizeBytes" | "language">) =>
    m("documentMeta", {
      type: documentType(doc.fileName, doc.mimeType),
      size: formatFileSize(doc.sizeBytes, locale),
      language: languages(doc.language),
    });
}

/** The items of one day (in the zone shown), in runs of the same session. */
function byDayAndSession(items: Item[], zone: string) {
  const days: { day: string; start: Date | null; runs: { sessionId: string | null; items: Item[] }[] }[] = [];
  for (const item of items) {
    const day = item.startsAt ? isoDate(item.startsAt, zone) : "";
    let group = days.find((d) => d.day === day);
    if (!group) days.push((group = { day, start: item.startsAt, runs: [] }));
    const last = group.runs.at(-1);
    if (last && last.sessionId === item.sessionId) last.items.push(item);
    else group.runs.push({ sessionId: item.sessionId, items: [item] });
  }
  // Untimed items last, days in order.
  return days.sort((a, b) => (a.day === "" ? 1 : b.day === "" ? -1 : a.day.localeCompare(b.day)));
}

function Org({ org }: { org: OrganizationRef }) {
  return (
    <bdi lang={org.nameLocale} dir="auto">
      {org.name}
    </bdi>
  );
}

/** A speaker or a chair: their name when they consented, otherwise their organization. */
function Person({ person }: { person: TimetablePerson }) {
  if (!person.name) return person.organization ? <Org org={person.organization} /> : null;
  return (
    <>
      <bdi className="font-medium" dir="auto">
        {person.name}
      </bdi>
      {person.organization ? (
        <>
          {" "}
          (<Org org={person.organization} />)
        </>
      ) : null}
    </>
  );
}

function People({ people }: { people: TimetablePerson[] }) {
  return people.map((person, index) => (
    <span key={index}>
      {index ? "; " : null}
      <Person person={person} />
    </span>
  ));
}

/**
 * The agenda as a timetable: a table per day (its caption), a row group per
 * session (its title, chair and room or link in a header row), a row per
 * item with its hours, speakers and documents. `zone`: the time zone its
 * hours are shown in (the venue's on the meeting page).
 */
export async function MeetingTimetable({
  meeting,
  locale,
  zone,
}: {
  meeting: PublicMeeting;
  locale: AppLocale;
  zone: string;
}) {
  const t = await getTranslations({ locale, namespace: "Timetable" });
  const time = timeFormat(locale, zone);
  const dayFormat = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: zone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const documentMeta = await documentMetaOf(locale);
  const sessions = new Map<string, Session>(meeting.sessions.map((s) => [s.id, s]));
  const documents = new Map<string, Document[]>();
  for (const doc of meeting.documents)
    if (doc.agendaItemId) documents.set(doc.agendaItemId, [...(documents.get(doc.agendaItemId) ?? []), doc]);

  return byDayAndSession(meeting.agenda, zone).map(({ day, start, runs }) => (
    <table key={day} className="timetable w-full border-collapse break-inside-auto text-start text-sm">
      <caption className="pb-2 text-start text-base font-semibold text-brand-900">
        {start && day ? dayFormat.format(start) : t("untimed")}
      </caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("time")}</th>
          <th scope="col">{t("item")}</th>
        </tr>
      </thead>
      {runs.map((run, index) => {
        const session = run.sessionId ? sessions.get(run.sessionId) : undefined;
        return (
          <tbody key={index} className="border-t border-slate-200">
            {session ? (
              <tr className="bg-brand-50 print:bg-transparent">
                <th scope="rowgroup" colSpan={2} className="px-3 py-2 text-start font-normal">
                  <span className="block font-semibold text-brand-900" lang={session.locale} dir="auto">
                    {session.title}
                  </span>
                  {session.chair ? (
                    <span className="block text-slate-700">
                      {t("chair")}: <Person person={session.chair} />
                    </span>
                  ) : null}
                  {session.room ? (
                    <span className="block text-slate-700">
                      {t("room")}: <bdi dir="auto">{session.room}</bdi>
                    </span>
                  ) : null}
                  {session.link ? (
                    <a href={session.link} className="block text-brand-700 underline print:no-underline">
                      {t("sessionLink")}
                    </a>
                  ) : null}
                </th>
              </tr>
            ) : null}
            {run.items.map((item) => (
              <tr key={item.id} className="break-inside-avoid border-t border-slate-100 align-top">
                <td className="w-28 px-3 py-2 font-medium whitespace-nowrap text-brand-800 tabular-nums" dir="ltr">
                  {item.startsAt ? (
                    <>
                      <time dateTime={item.startsAt.toISOString()}>{time.format(item.startsAt)}</time>
                      {item.endsAt ? (
                        <>
                          –<time dateTime={item.endsAt.toISOString()}>{time.format(item.endsAt)}</time>
                        </>
                      ) : null}
                    </>
                  ) : null}
                </td>
                <td className="px-3 py-2">
                  <span className="block font-semibold text-slate-900" lang={item.locale} dir="auto">
                    {item.title}
                  </span>
                  {item.description ? (
                    <span className="block text-slate-700" lang={item.locale} dir="auto">
                      {item.description}
                    </span>
                  ) : null}
                  {item.speakers.length ? (
                    <span className="mt-1 block text-slate-800" data-testid="speakers">
                      {t("speakers", { count: item.speakers.length })}: <People people={item.speakers} />
                    </span>
                  ) : null}
                  {documents.get(item.id)?.length ? (
                    <ul className="mt-1 space-y-1" aria-label={t("itemDocuments")}>
                      {documents.get(item.id)!.map((doc) => (
                        <li key={doc.id}>
                          <a
                            href={`/api/documents/${doc.id}`}
                            className="text-brand-700 underline"
                            lang={doc.language}
                            dir="auto"
                          >
                            {doc.title}
                          </a>
                          <TitleInEnglish locale={locale} titleLanguage={doc.language} />{" "}
                          <span className="text-xs text-slate-700">
                            ({t(`kind.${doc.kind}`)}, {documentMeta(doc)})
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  ));
}
