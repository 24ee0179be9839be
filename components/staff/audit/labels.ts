import type { getTranslations } from "next-intl/server";
import { isAppLocale } from "@/i18n/routing";
import { formatDateTimeUtc } from "@/lib/content/date-time";
import { countryName, timeZoneLabel } from "@/lib/content/format";
import { isValidTimeZone } from "@/lib/content/time-zone";
import type { AppLocale } from "@/i18n/routing";

// The words of the audit log: record types, actions, field names and values
// as people say them ("Published", "Role", "RTC representative"), never the
// codes the log stores (meeting.publication.publish, RTC_REP, translations.0).

type Audit = Awaited<ReturnType<typeof getTranslations<"StaffAudit">>>;
type Any = Awaited<ReturnType<typeof getTranslations>>;
/**
 * The translators the log's words come from; `codes` are searched in order
 * for "status.DRAFT", "role.RTC_REP", "kind.WORKSHOP"…; `names`: the names of
 * the ids the entry's values refer to.
 */
export type AuditWords = {
  audit: Audit;
  languages: Any;
  codes: Any[];
  locale: AppLocale;
  names?: Record<string, string>;
};

const knownTypes = [
  "meeting",
  "news",
  "structure",
  "user",
  "attendee",
  "document",
  "city",
  "organization",
  "actionplan",
  "progressreport",
  "alertsubscriber",
] as const;

/** "Meeting", "User"… for the record types the log knows; any other type as written. */
export function entityTypeLabel(type: string, t: Audit): string {
  const key = type.toLowerCase().replace(/[^a-z]/g, "");
  const normalized = key === "newsarticle" || key === "article" ? "news" : key;
  return (knownTypes as readonly string[]).includes(normalized)
    ? t(`type.${normalized as (typeof knownTypes)[number]}`)
    : type;
}

/** "Published the meeting" for an action code the log knows, else its verb ("user.invite" → "Invited"), else the code. */
export function actionLabel(action: string, t: Audit): string {
  const full = `actions.${action}` as Parameters<Audit>[0];
  if (t.has(full)) return t(full);
  const verb = `verb.${action.split(".").pop() ?? action}` as Parameters<Audit>[0];
  return t.has(verb) ? t(verb) : action;
}

/** "translations.fr.title" → "French › Title"; "history.0.kind" → "History › 1 › Kind"; a city's "ar" → "Arabic". */
export function fieldLabel(field: string, { audit, languages }: AuditWords): string {
  const parts = field.split(".");
  return parts
    .flatMap((part, i) => {
      if (part === "translations" && isAppLocale(parts[i + 1])) return [];
      if (isAppLocale(part)) return [languages(part)];
      if (/^\d+$/.test(part)) return [String(Number(part) + 1)];
      const key = `fields.${part}` as Parameters<Audit>[0];
      return [audit.has(key) ? audit(key) : part];
    })
    .join(" › ");
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * Where a code of a field is spelled in the translators: a report's status
 * is a "reportState", a plan's a "planStatus", the status a report gives its
 * activity an activity "status", a decision's kind a "kind".
 */
const codeKeys: Record<string, string[]> = {
  status: ["status", "reportState", "planStatus"],
  reportedStatus: ["status"],
  decisionKind: ["kind"],
};

/** A stored value in words: statuses, roles, kinds, yes/no, languages, dates in the reader's language, names for ids. */
export function valueLabel(
  field: string,
  value: string,
  { audit, codes, languages, locale, names }: AuditWords,
): string {
  const last = field.split(".").pop() ?? field;
  if (names?.[value]) return names[value];
  if (value === "true" || value === "false") return audit(value === "true" ? "yes" : "no");
  if (isoInstant.test(value)) return formatDateTimeUtc(new Date(value), locale);
  if ((last === "preferredLocale" || last === "language" || last === "locale") && isAppLocale(value))
    return languages(value);
  // Zones and countries as the reader knows them, never "Asia/Bishkek" or "KG".
  if (last === "timeZone" && isValidTimeZone(value)) return timeZoneLabel(value, new Date(), locale);
  if (last === "countryCode" && /^[A-Z]{2}$/.test(value)) return countryName(value, locale);
  if (/^[A-Z][A-Z_]+$/.test(value)) {
    for (const prefix of codeKeys[last] ?? [last]) {
      const key = `${prefix}.${value}`;
      for (const t of codes) if (t.has(key as never)) return t(key as never);
    }
  }
  return value;
}
