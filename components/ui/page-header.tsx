import type { ReactNode } from "react";

export function PageHeader({
  title,
  lead,
  lang,
  children,
}: {
  title: string;
  lead?: string;
  lang?: string;
  children?: ReactNode;
}) {
  return (
    <header className="mb-8 space-y-3 border-b border-slate-200 pb-6">
      <h1 className="text-3xl leading-tight font-bold text-brand-900" lang={lang} dir="auto">
        {title}
      </h1>
      {lead ? (
        <p className="max-w-3xl text-lg text-slate-700" lang={lang} dir="auto">
          {lead}
        </p>
      ) : null}
      {children}
    </header>
  );
}
