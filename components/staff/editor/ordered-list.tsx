import type { ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { buttonClass } from "@/components/ui/button";
import { ActionButton } from "./action-button";

type Action = (previous: FormState, formData: FormData) => Promise<FormState<unknown>>;

/** A <summary> that looks like a small button (the marker hidden). */
const summaryClass = buttonClass("plain", "sm", "cursor-pointer list-none [&::-webkit-details-marker]:hidden");

export type OrderedRow = {
  id: string;
  /** The row's name, added for screen readers to every button ("Move up: <name>"). */
  name: string;
  /** What the row shows: position, title, facts. */
  content: ReactNode;
  /** Shown under the row's head, above its disclosures (e.g. a table of people). */
  details?: ReactNode;
  /** The row's edit form, behind a disclosure. */
  edit?: { label: string; form: ReactNode };
  /** Removing the row: the action and its fields (the record's id under the name the action reads). */
  remove: { action: Action; fields: Record<string, string | number>; successMessage?: string };
};

/**
 * The editor's ordered lists (agenda, outcomes, attendees, documents): each
 * row with move up / move down, edit and remove. Every button is a small
 * form (ActionButton) and every disclosure a <details>, so the list works
 * without JavaScript. Removing asks first: either in a disclosure with its
 * own confirm button (`confirm: "disclosure"`, needs no JavaScript), or with
 * the browser's dialog on a single button (`confirm: "dialog"`, for rows
 * that are cheap to type again).
 */
export function OrderedList({
  rows,
  empty,
  meeting,
  move,
  remove,
  actionsLabel,
}: {
  rows: OrderedRow[];
  /** Shown instead of the list when it has no rows. */
  empty: string;
  /** The record the list belongs to and the version the page was loaded with (sent with every action). */
  meeting: { meetingId: string; version: number };
  move: { action: Action; upLabel: string; downLabel: string; successMessage?: string };
  remove:
    | { confirm: "dialog"; label: string; question: string }
    | { confirm: "disclosure"; label: string; question: (name: string) => string; confirmLabel: string };
  /** Names the group of a row's buttons, e.g. "Actions for <name>". */
  actionsLabel?: (name: string) => string;
}) {
  if (!rows.length)
    return (
      <p className="rounded-md border border-dashed border-slate-300 bg-white px-4 py-6 text-slate-700">{empty}</p>
    );
  const last = rows.length - 1;
  return (
    <ol className="space-y-4">
      {rows.map((row, index) => (
        <li key={row.id} className="card sm:p-5">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0 flex-1 basis-64 space-y-1">{row.content}</div>
            <div
              role="group"
              aria-label={actionsLabel ? actionsLabel(row.name) : undefined}
              className="flex flex-wrap gap-2"
            >
              {(["up", "down"] as const).map((direction) => (
                <ActionButton
                  key={direction}
                  action={move.action}
                  fields={{ ...meeting, itemId: row.id, direction }}
                  label={direction === "up" ? move.upLabel : move.downLabel}
                  detail={row.name}
                  successMessage={move.successMessage}
                  disabled={direction === "up" ? index === 0 : index === last}
                />
              ))}
              {remove.confirm === "dialog" ? (
                <ActionButton
                  action={row.remove.action}
                  fields={{ ...meeting, ...row.remove.fields }}
                  label={remove.label}
                  detail={row.name}
                  confirmText={remove.question}
                  successMessage={row.remove.successMessage}
                  variant="danger"
                />
              ) : null}
            </div>
          </div>
          {row.details}
          <div className="mt-4 flex flex-wrap items-start gap-3">
            {row.edit ? (
              <details className="rounded-md open:w-full open:border open:border-slate-200 open:bg-slate-50 open:p-4 sm:open:p-5">
                <summary className={summaryClass}>
                  {row.edit.label}
                  <span className="sr-only"> {row.name}</span>
                </summary>
                <div className="mt-4">{row.edit.form}</div>
              </details>
            ) : null}
            {remove.confirm === "disclosure" ? (
              <details className="rounded-md open:w-full open:border open:border-red-200 open:bg-red-50 open:p-4">
                <summary className={summaryClass}>
                  {remove.label}
                  <span className="sr-only"> {row.name}</span>
                </summary>
                <div className="mt-3 space-y-3">
                  <p className="text-sm text-slate-900">{remove.question(row.name)}</p>
                  <ActionButton
                    action={row.remove.action}
                    fields={{ ...meeting, ...row.remove.fields }}
                    label={remove.confirmLabel}
                    detail={row.name}
                    successMessage={row.remove.successMessage}
                    variant="dangerSolid"
                  />
                </div>
              </details>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
