import type { AppLocale } from "@/i18n/routing";
import { formatDate } from "@/lib/content/format";
import { contentLang } from "@/lib/content/content-lang";

/** Date, title (the page's one h1) and excerpt as the lead, in the text's own language. */
export function NewsArticleHeader({
  title,
  excerpt,
  publishedAt,
  contentLocale,
  locale,
}: {
  title: string;
  excerpt: string;
  publishedAt: Date | null;
  contentLocale: AppLocale;
  locale: AppLocale;
}) {
  return (
    <header className="mb-8 space-y-3 border-b border-slate-200 pb-6">
      {publishedAt ? (
        <p className="text-sm font-medium text-brand-700">
          <time dateTime={publishedAt.toISOString()}>{formatDate(publishedAt, locale)}</time>
        </p>
      ) : null}
      <h1
        className="me-auto max-w-4xl text-3xl leading-tight font-bold text-brand-900 sm:text-4xl"
        {...contentLang(contentLocale)}
      >
        {title}
      </h1>
      {excerpt ? (
        <p className="me-auto max-w-3xl text-lg text-slate-700" {...contentLang(contentLocale)}>
          {excerpt}
        </p>
      ) : null}
    </header>
  );
}
