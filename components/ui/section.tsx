import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";

export function Section({
  id,
  title,
  moreHref,
  moreLabel,
  children,
}: {
  id: string;
  title: string;
  moreHref?: string;
  moreLabel?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <div className="section-head">
        <h2 id={id} className="text-xl font-semibold text-brand-900">
          {title}
        </h2>
        {moreHref && moreLabel ? (
          <Link href={moreHref} className="more-link">
            {moreLabel}
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}
