import { Link } from "@/components/ui/link";
import type { NewsTopicTag } from "@/lib/data/news/select-news";
import { contentLang } from "@/lib/content/content-lang";

const tagClass = "inline-block rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium text-brand-800";

/** Topic names as tags; as links to the filtered news list when `linked`. */
export function TopicTags({ topics, linked = false }: { topics: NewsTopicTag[]; linked?: boolean }) {
  if (topics.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5">
      {topics.map((topic) => (
        <li key={topic.slug} {...contentLang(topic.contentLocale)}>
          {linked ? (
            <Link
              href={{ pathname: "/news", query: { topic: topic.slug } }}
              className={`${tagClass} underline-offset-2 hover:underline`}
            >
              {topic.name}
            </Link>
          ) : (
            <span className={tagClass}>{topic.name}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
