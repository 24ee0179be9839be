import { Link } from "@/components/ui/link";
import type { AppLocale } from "@/i18n/routing";
import { formatDate } from "@/lib/content/format";
import type { NewsCard as NewsCardData } from "@/lib/data/news/select-news";
import { FallbackBadge } from "@/components/ui/fallback-badge";

export function NewsCard({ article, locale }: { article: NewsCardData; locale: AppLocale }) {
  return (
    <article className="card">
      {article.publishedAt ? (
        <p className="text-sm text-slate-600">
          <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt, locale)}</time>
        </p>
      ) : null}
      <h3 className="card-title" lang={article.contentLocale} dir="auto">
        <Link href={`/news/${article.slug}`} className="hover:underline">
          {article.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700" lang={article.contentLocale} dir="auto">
        {article.excerpt}
      </p>
      {article.isFallback ? <FallbackBadge locale={locale} /> : null}
    </article>
  );
}
