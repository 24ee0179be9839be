"use client";

import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string };

/**
 * The main navigation's links, with the current section marked (visually
 * and with aria-current). Rendered on the server too, so the mark is in the
 * HTML without JavaScript; the labels come as props (no message bundle).
 */
export function NavLinks({ items, home, layout }: { items: NavItem[]; home: string; layout: "bar" | "menu" }) {
  // A list's canonical view (/en/meetings/view/…, the proxy's rewrite) is the list itself.
  const pathname = (usePathname() ?? "").replace(/\/view\/[^/]+$/, "");
  const current = (href: string) =>
    href === home ? pathname === home || pathname === `${home}/` : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <ul className={layout === "bar" ? "mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 sm:px-4" : "space-y-1 py-2"}>
      {items.map((item) => {
        const active = current(item.href);
        return (
          <li key={item.href}>
            <a
              href={item.href}
              aria-current={active ? (pathname === item.href ? "page" : "true") : undefined}
              className={`nav-link ${active ? "nav-link-current" : ""}`}
            >
              {item.label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
