import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import type { TranslationState } from "@/lib/content/translation-states";
import { StatusBadge, TranslationBadges } from "./translation-badges";

/** One record in a staff list (meetings, news, structures): title link, facts, status, translation chips, actions. */
export function RecordCard({
  href,
  title,
  titleLang,
  kicker,
  facts,
  status,
  translationStates,
  actions,
}: {
  href: string;
  title: string;
  titleLang?: string;
  kicker?: string;
  facts: (string | ReactNode)[];
  status?: string;
  translationStates: Record<AppLocale, TranslationState>;
  actions?: ReactNode;
}) {
  return (
    <li className="grid gap-3 card md:grid-cols-[minmax(0,1fr)_auto] md:items-center">
      <div className="min-w-0 space-y-1">
        {kicker ? <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{kicker}</p> : null}
        <h2 className="text-base font-semibold" lang={titleLang} dir="auto">
          <Link href={href} className="text-brand-800 underline-offset-2 hover:underline">
            {title}
          </Link>
        </h2>
        <p className="text-sm text-slate-700">
          {facts.filter(Boolean).map((fact, i) => (
            <span key={i}>
              {i > 0 ? " · " : null}
              {fact}
            </span>
          ))}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          {status ? <StatusBadge status={status} /> : null}
          <TranslationBadges states={translationStates} />
        </div>
      </div>
      {actions ? <div className="flex flex-wrap gap-3 text-sm">{actions}</div> : null}
    </li>
  );
}
