import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { auditDiff, recordEditorPath, type DiffRow } from "@/lib/audit/diff";
import { formatDateTimeUtc } from "@/lib/content/date-time";
import type { AuditEntry as Entry } from "@/lib/data/staff/audit-log";
import { actionLabel, entityTypeLabel } from "./labels";

const MAX_VALUE_LENGTH = 400;

type Translate = Awaited<ReturnType<typeof getTranslations<"StaffAudit">>>;

function Value({ value, t }: { value: string | null; t: Translate }) {
  if (value === null || value === "") return <span className="italic text-slate-600">{t("empty")}</span>;
  const shown = value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;
  return (
    <span dir="auto" className="whitespace-pre-wrap break-words">
      {shown}
    </span>
  );
}

/** A record created (or deleted) in one step: its values, no before/after. */
function ValuesTable({ rows, side, caption, t }: { rows: DiffRow[]; side: "before" | "after"; caption: string; t: Translate }) {
  return (
    <table className="w-full table-fixed text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200">
          <th scope="col" className="w-1/3 px-2 py-2 text-start font-semibold text-slate-800">{t("field")}</th>
          <th scope="col" className="px-2 py-2 text-start font-semibold text-slate-800">{t("value")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className="border-b border-slate-100 align-top">
            <th scope="row" className="px-2 py-2 text-start font-normal">
              <code dir="ltr" className="break-all text-xs text-slate-900">{row.field}</code>
            </th>
            <td className="px-2 py-2 text-slate-800"><Value value={row[side]} t={t} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DiffTable({ rows, caption, t }: { rows: DiffRow[]; caption: string; t: Translate }) {
  return (
    <table className="w-full table-fixed text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-start">
          <th scope="col" className="w-1/4 px-2 py-2 text-start font-semibold text-slate-800">{t("field")}</th>
          <th scope="col" className="px-2 py-2 text-start font-semibold text-slate-800">{t("before")}</th>
          <th scope="col" className="px-2 py-2 text-start font-semibold text-slate-800">{t("after")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className={`border-b border-slate-100 align-top ${row.changed ? "bg-amber-50" : ""}`}>
            <th scope="row" className="px-2 py-2 text-start font-normal">
              <code dir="ltr" className="break-all text-xs text-slate-900">{row.field}</code>
              {row.changed ? <span className="ms-2 inline-block rounded border border-amber-600 px-1 text-xs font-semibold text-amber-900">{t("changed")}</span> : null}
            </th>
            <td className={`px-2 py-2 ${row.changed ? "text-red-900" : "text-slate-800"}`}>
              {row.changed && row.before !== null ? <del className="decoration-red-700">{<Value value={row.before} t={t} />}</del> : <Value value={row.before} t={t} />}
            </td>
            <td className={`px-2 py-2 ${row.changed ? "font-medium text-green-900" : "text-slate-800"}`}>
              {row.changed && row.after !== null ? <ins className="no-underline">{<Value value={row.after} t={t} />}</ins> : <Value value={row.after} t={t} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One change: who, when, what, and the values before and after (changed fields first and highlighted). */
export async function AuditEntry({ entry, locale }: { entry: Entry; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "StaffAudit" });
  const rows = auditDiff(entry.before, entry.after);
  const changed = rows.filter((r) => r.changed);
  const unchanged = rows.filter((r) => !r.changed);
  const editor = recordEditorPath(entry.entityType, entry.entityId);
  const headingId = `entry-${entry.id}`;
  const type = entityTypeLabel(entry.entityType, t);
  return (
    <article aria-labelledby={headingId} className="card sm:p-5">
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-base font-semibold text-brand-900">
          {actionLabel(entry.action, t)} · {type}
        </h2>
        <time dateTime={entry.createdAt.toISOString()} className="text-sm text-slate-700">
          {formatDateTimeUtc(entry.createdAt, locale)}
        </time>
      </header>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("by")}</dt>
        <dd>{entry.actor ? <>{entry.actor.name} <span dir="ltr">({entry.actor.email})</span></> : t("noActor")}</dd>
        <dt className="font-semibold">{t("record")}</dt>
        <dd>
          {type}{" "}
          {editor ? (
            <Link href={editor} className="font-mono text-xs text-brand-700 underline" dir="ltr">{entry.entityId}</Link>
          ) : (
            <code dir="ltr" className="text-xs">{entry.entityId}</code>
          )}
        </dd>
        <dt className="font-semibold">{t("action")}</dt>
        <dd><code dir="ltr" className="text-xs">{entry.action}</code></dd>
      </dl>
      <div className="mt-3">
        {rows.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noValues")}</p>
        ) : entry.before === null || entry.after === null ? (
          <ValuesTable rows={rows} side={entry.before === null ? "after" : "before"} caption={entry.before === null ? t("valuesAfterCaption") : t("valuesBeforeCaption")} t={t} />
        ) : (
          <>
            {changed.length ? <DiffTable rows={changed} caption={t("changedCaption")} t={t} /> : <p className="text-sm text-slate-700">{t("nothingChanged")}</p>}
            {unchanged.length ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("unchangedFields", { count: unchanged.length })}</summary>
                <DiffTable rows={unchanged} caption={t("unchangedCaption")} t={t} />
              </details>
            ) : null}
          </>
        )}
      </div>
    </article>
  );
}
