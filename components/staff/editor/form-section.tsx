import type { ReactNode } from "react";

/** A titled part of a long staff form. */
export function FormSection({ id, title, lead, children }: { id: string; title: string; lead?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-5 card sm:p-6">
      <div>
        <h2 id={id} className="text-lg font-semibold text-brand-900">
          {title}
        </h2>
        {lead ? <p className="mt-1 text-sm text-slate-700">{lead}</p> : null}
      </div>
      {children}
    </section>
  );
}

export function SubmitBar({ label, pendingLabel, pending, children }: { label: string; pendingLabel: string; pending: boolean; children?: ReactNode }) {
  return (
    <div className="space-y-4 card sm:p-6">
      {children}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}
