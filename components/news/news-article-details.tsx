import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { AppLocale } from "@/i18n/routing";
import { formatDate, formatDateRange } from "@/lib/content/format";
import type { NewsArticleDetail } from "@/lib/data/news/get-news";
import { contentLang } from "@/lib/content/content-lang";
import { TopicTags } from "./topic-tags";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-t border-slate-200 py-3 first:border-t-0 first:pt-0">
      <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** The facts beside an article: date, region, topics, the meeting and the structures it is about. */
export async function NewsArticleDetails({ article, locale }: { article: NewsArticleDetail; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "News" });
  const link = "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900";
  return (
    <aside
      aria-labelledby="article-details"
      className="h-fit rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="article-details" className="mb-3 text-base font-semibold text-brand-900">
        {t("details")}
      </h2>
      <dl>
        {article.publishedAt ? (
          <Item label={t("published")}>
            <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt, locale)}</time>
          </Item>
        ) : null}
        {article.region ? (
          <Item label={t("region")}>
            <Link
              href={{ pathname: "/news", query: { region: article.region.code.toLowerCase() } }}
              className={link}
              {...contentLang(article.region.contentLocale)}
            >
              {article.region.name}
            </Link>
          </Item>
        ) : null}
        {article.topics.length ? (
          <Item label={t("topics")}>
            <TopicTags topics={article.topics} linked />
          </Item>
        ) : null}
        {article.meeting ? (
          <Item label={t("relatedMeeting")}>
            <Link
              href={`/meetings/${article.meeting.slug}`}
              className={link}
              {...contentLang(article.meeting.contentLocale)}
            >
              {article.meeting.title}
            </Link>
            <span className="mt-1 block text-slate-700">
              <time dateTime={article.meeting.startsAt.toISOString()}>
                {formatDateRange(article.meeting.startsAt, article.meeting.endsAt, article.meeting.timeZone, locale)}
              </time>
            </span>
          </Item>
        ) : null}
        {article.structures.length ? (
          <Item label={t("relatedStructures")}>
            <ul className="space-y-1.5">
              {article.structures.map((structure) => (
                <li key={structure.slug}>
                  <Link
                    href={`/structures/${structure.slug}`}
                    className={link}
                    {...contentLang(structure.contentLocale)}
                  >
                    <bdi>{structure.name}</bdi>
                  </Link>
                </li>
              ))}
            </ul>
          </Item>
        ) : null}
      </dl>
    </aside>
  );
}
