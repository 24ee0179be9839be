import { Link } from "@/components/ui/link";
import type { AppLocale } from "@/i18n/routing";
import { formatDate } from "@/lib/content/format";
import type { NewsListItem as NewsListItemData } from "@/lib/data/news/select-news";
import { FallbackBadge } from "@/components/ui/fallback-badge";
import { contentLang } from "@/lib/content/content-lang";
import { TopicTags } from "./topic-tags";

/** An article in the news list (its title is an h2: the list page has no sections). */
export function NewsListItem({ article, locale }: { article: NewsListItemData; locale: AppLocale }) {
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      {article.publishedAt ? (
        <p className="text-sm font-medium text-brand-700">
          <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt, locale)}</time>
        </p>
      ) : null}
      <h2 className="mt-1 text-lg leading-snug font-semibold text-brand-900" {...contentLang(article.contentLocale)}>
        <Link href={`/news/${article.slug}`} className="hover:underline">
          {article.title}
        </Link>
      </h2>
      <p className="mt-2 flex-1 text-sm text-slate-700" {...contentLang(article.contentLocale)}>
        {article.excerpt}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <TopicTags topics={article.topics} />
        {article.isFallback ? <FallbackBadge locale={locale} /> : null}
      </div>
    </article>
  );
}
