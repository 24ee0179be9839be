import type { ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Link } from "@/i18n/navigation";
import { ActionButton } from "./action-button";

type Action = (previous: FormState, formData: FormData) => Promise<FormState<unknown>>;

/**
 * The confirmation page of an action that cannot be undone in one click
 * (delete a draft, merge or delete an organization, deactivate an account,
 * reopen an accepted report): what will happen, in words, then one button
 * that posts the action with confirm=yes, and a way back. A real page and a
 * real form, so it works without JavaScript; the action refuses a post
 * without the confirmation.
 */
export function ConfirmStep({
  title,
  lead,
  consequences,
  action,
  fields,
  confirmLabel,
  cancel,
  children,
}: {
  title: string;
  lead: string;
  consequences: string[];
  action: Action;
  fields: Record<string, string | number>;
  confirmLabel: string;
  cancel: { href: string; label: string };
  children?: ReactNode;
}) {
  return (
    <section
      aria-labelledby="confirm-title"
      className="max-w-3xl space-y-4 rounded-lg border border-red-300 bg-white p-5 shadow-sm sm:p-6"
      data-testid="confirm-step"
    >
      <h1 id="confirm-title" className="text-2xl font-bold text-brand-900">
        {title}
      </h1>
      <p className="text-slate-800" dir="auto">
        {lead}
      </p>
      {consequences.length ? (
        <ul className="list-disc space-y-1 ps-5 text-slate-800">
          {consequences.map((line) => (
            <li key={line} dir="auto">
              {line}
            </li>
          ))}
        </ul>
      ) : null}
      {children}
      <div className="flex flex-wrap items-start gap-4 pt-2">
        <ActionButton
          action={action}
          fields={{ ...fields, confirm: "yes" }}
          label={confirmLabel}
          variant="dangerSolid"
        />
        <Link href={cancel.href} className="py-1.5 text-sm font-medium text-brand-700 underline">
          {cancel.label}
        </Link>
      </div>
    </section>
  );
}
