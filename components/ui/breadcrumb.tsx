import type { ComponentProps, ReactNode } from "react";
import { Link } from "@/components/ui/link";

/** The trail above a public page: links to the pages it sits under, separated by slashes. */
export function Breadcrumb({
  label,
  items,
}: {
  label: string;
  items: { href: ComponentProps<typeof Link>["href"]; label: ReactNode }[];
}) {
  return (
    <nav aria-label={label} className="text-sm text-slate-700">
      <ol className="flex flex-wrap gap-2">
        {items.map((item, i) => (
          <li key={i}>
            <Link href={item.href} className="underline">
              {item.label}
            </Link>
            {i < items.length - 1 ? (
              <>
                {" "}
                <span aria-hidden="true">/</span>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
