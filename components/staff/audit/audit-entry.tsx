import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { auditDiff, recordEditorPath, type DiffRow } from "@/lib/audit/diff";
import { formatDateTimeUtc } from "@/lib/content/date-time";
import type { AuditEntry as Entry } from "@/lib/data/audit/list-audit-entries";
import { actionLabel, entityTypeLabel, fieldLabel, valueLabel, type AuditWords } from "./labels";

const MAX_VALUE_LENGTH = 400;

function Value({ field, value, words }: { field: string; value: string | null; words: AuditWords }) {
  if (value === null || value === "" || value === "[]" || value === "{}")
    return <span className="text-slate-600 italic">{words.audit("empty")}</span>;
  const text = valueLabel(field, value, words);
  const shown = text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
  return (
    <span dir="auto" className="break-words whitespace-pre-wrap">
      {shown}
    </span>
  );
}

function FieldName({ field, words }: { field: string; words: AuditWords }) {
  return (
    <span className="text-slate-900" title={field}>
      {fieldLabel(field, words)}
    </span>
  );
}

/** A record created (or deleted) in one step: its values, no before/after. */
function ValuesTable({
  rows,
  side,
  caption,
  words,
}: {
  rows: DiffRow[];
  side: "before" | "after";
  caption: string;
  words: AuditWords;
}) {
  return (
    <table className="w-full table-fixed text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200">
          <th scope="col" className="w-1/3 px-2 py-2 text-start font-semibold text-slate-800">
            {words.audit("field")}
          </th>
          <th scope="col" className="px-2 py-2 text-start font-semibold text-slate-800">
            {words.audit("value")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className="border-b border-slate-100 align-top">
            <th scope="row" className="px-2 py-2 text-start font-normal">
              <FieldName field={row.field} words={words} />
            </th>
            <td className="px-2 py-2 text-slate-800">
              <Value field={row.field} value={row[side]} words={words} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DiffTable({ rows, caption, words }: { rows: DiffRow[]; caption: string; words: AuditWords }) {
  return (
    <table className="w-full table-fixed text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-start">
          <th scope="col" className="w-1/4 px-2 py-2 text-start font-semibold text-slate-800">
            {words.audit("field")}
          </th>
          <th scope="col" className="px-2 py-2 text-start font-semibold text-slate-800">
            {words.audit("before")}
          </th>
          <th scope="col" className="px-2 py-2 text-start font-semibold text-slate-800">
            {words.audit("after")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className={`border-b border-slate-100 align-top ${row.changed ? "bg-amber-50" : ""}`}>
            <th scope="row" className="px-2 py-2 text-start font-normal">
              <FieldName field={row.field} words={words} />
            </th>
            <td className={`px-2 py-2 ${row.changed ? "text-red-900" : "text-slate-800"}`}>
              {row.changed && row.before !== null ? (
                <del className="decoration-red-700">
                  <Value field={row.field} value={row.before} words={words} />
                </del>
              ) : (
                <Value field={row.field} value={row.before} words={words} />
              )}
            </td>
            <td className={`px-2 py-2 ${row.changed ? "font-medium text-green-900" : "text-slate-800"}`}>
              {row.changed && row.after !== null ? (
                <ins className="no-underline">
                  <Value field={row.field} value={row.after} words={words} />
                </ins>
              ) : (
                <Value field={row.field} value={row.after} words={words} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Fields that change with every write and say nothing to a reader. */
const noise = new Set(["version", "sessionVersion", "updatedAt"]);

/**
 * One change: who, when, what (the action in words, the record by its name),
 * and — folded, one click away — the values before and after, changed fields
 * first and highlighted.
 */
export async function AuditEntry({ entry, locale }: { entry: Entry; locale: AppLocale }) {
  const [audit, languages, ...codes] = await Promise.all([
    getTranslations({ locale, namespace: "StaffAudit" }),
    getTranslations({ locale, namespace: "Languages" }),
    getTranslations({ locale, namespace: "Staff" }),
    getTranslations({ locale, namespace: "Meeting" }),
    getTranslations({ locale, namespace: "StaffStructures" }),
    getTranslations({ locale, namespace: "StaffAttendees" }),
    getTranslations({ locale, namespace: "Plans" }),
    getTranslations({ locale, namespace: "StaffPlans" }),
    getTranslations({ locale, namespace: "Decisions" }),
  ]);
  const words: AuditWords = { audit, languages, codes: codes as AuditWords["codes"], locale, names: entry.names };
  const rows = auditDiff(entry.before, entry.after).filter((r) => !noise.has(r.field.split(".").pop() ?? ""));
  const changed = rows.filter((r) => r.changed);
  const unchanged = rows.filter((r) => !r.changed);
  const editor = recordEditorPath(entry.entityType, entry.entityId);
  const headingId = `entry-${entry.id}`;
  const type = entityTypeLabel(entry.entityType, audit);
  // A record by its name; its id only when it has none any more (deleted).
  const recordName = entry.record?.name ?? entry.entityId;
  const oneSided = entry.before === null || entry.after === null;
  return (
    <article aria-labelledby={headingId} className="card sm:p-5">
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-base font-semibold text-brand-900">
          {actionLabel(entry.action, audit)} · {type}
        </h2>
        <time dateTime={entry.createdAt.toISOString()} className="text-sm text-slate-700">
          {formatDateTimeUtc(entry.createdAt, locale)}
        </time>
      </header>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{audit("by")}</dt>
        <dd>
          {entry.actor ? (
            <>
              {entry.actor.name} <span dir="ltr">({entry.actor.email})</span>
            </>
          ) : (
            audit("noActor")
          )}
        </dd>
        <dt className="font-semibold">{audit("record")}</dt>
        <dd>
          {editor ? (
            <Link href={editor} className="font-medium text-brand-700 underline" lang={entry.record?.lang} dir="auto">
              {recordName}
            </Link>
          ) : (
            <span lang={entry.record?.lang} dir="auto">
              {recordName}
            </span>
          )}{" "}
          <span className="text-xs text-slate-600">({type})</span>{" "}
          <Link
            href={{ pathname: "/staff/audit", query: { record: entry.entityId } }}
            className="text-xs text-brand-700 underline"
          >
            {audit("recordHistory")}
          </Link>
        </dd>
      </dl>
      <div className="mt-3">
        {rows.length === 0 ? (
          <p className="text-sm text-slate-700">{audit("noValues")}</p>
        ) : (
          <details>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">
              {oneSided ? audit("showValues", { count: rows.length }) : audit("showChanges", { count: changed.length })}
            </summary>
            <div className="mt-2">
              {oneSided ? (
                <ValuesTable
                  rows={rows}
                  side={entry.before === null ? "after" : "before"}
                  caption={entry.before === null ? audit("valuesAfterCaption") : audit("valuesBeforeCaption")}
                  words={words}
                />
              ) : (
                <>
                  {changed.length ? (
                    <DiffTable rows={changed} caption={audit("changedCaption")} words={words} />
                  ) : (
                    <p className="text-sm text-slate-700">{audit("nothingChanged")}</p>
                  )}
                  {unchanged.length ? (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-sm font-medium text-brand-700">
                        {audit("unchangedFields", { count: unchanged.length })}
                      </summary>
                      <DiffTable rows={unchanged} caption={audit("unchangedCaption")} words={words} />
                    </details>
                  ) : null}
                </>
              )}
            </div>
          </details>
        )}
      </div>
    </article>
  );
}
