import type { ReactNode } from "react";

/** The narrow card of the sign-in and password pages. */
export function PasswordCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
      {intro ? <div className="mt-2 text-sm text-slate-700">{intro}</div> : null}
      <div className="mt-6">{children}</div>
    </div>
  );
}
