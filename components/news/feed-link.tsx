import type { AppLocale } from "@/i18n/routing";

/** A plain link (not next/link): the feed is a route handler, not a page. */
export function FeedLink({ locale, label, jsonLabel }: { locale: AppLocale; label: string; jsonLabel?: string }) {
  const rss = (
    <a
      href={`/${locale}/news/feed.xml`}
      type="application/rss+xml"
      className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 fill-accent-500">
        <circle cx="3" cy="13" r="2" />
        <path d="M1 6.5a8.5 8.5 0 0 1 8.5 8.5h-2.2A6.3 6.3 0 0 0 1 8.7V6.5Zm0-5A13.5 13.5 0 0 1 14.5 15h-2.2A11.3 11.3 0 0 0 1 3.7V1.5Z" />
      </svg>
      {label}
    </a>
  );
  if (!jsonLabel) return rss;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {rss}
      <a
        href={`/${locale}/news/feed.json`}
        type="application/feed+json"
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
      >
        {jsonLabel}
      </a>
    </span>
  );
}
