import type { ReactNode } from "react";

/** The frame of the alert pages (subscribe, check your e-mail, confirm, manage). */
export function AlertCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
      {children}
    </div>
  );
}
