import type { ReactNode } from "react";

/** A titled part of a long staff form. */
export function FormSection({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  children: ReactNode;
}) {
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
