import "server-only";
import { locales, type AppLocale } from "@/i18n/routing";
import { renderMarkdown } from "@/lib/content/markdown";
import type { StaffNewsArticle } from "@/lib/data/staff/news-read";
import { imageUrl } from "@/lib/storage/images";
import { toDateTimeInput } from "@/lib/validation/form-values";
import type { NewsFormArticle } from "./news-form";

/** The editor's starting values (flat field names, as the form sends them) and server-rendered previews. */
export function newsFormArticle(article: StaffNewsArticle | null, defaults: { regionId: string }): { article: NewsFormArticle; previews: Record<AppLocale, string>; imageUrl: string | null } {
  const values: Record<string, string> = {
    slug: article?.slug ?? "",
    regionId: article ? (article.regionId ?? "") : defaults.regionId,
    status: article?.status ?? "DRAFT",
    publishedAt: toDateTimeInput(article?.publishedAt),
    publishAt: toDateTimeInput(article?.publishAt),
    meetingId: article?.meetingId ?? "",
  };
  const saved: NewsFormArticle["saved"] = {};
  const previews = Object.fromEntries(locales.map((l) => [l, ""])) as Record<AppLocale, string>;
  for (const t of article?.translations ?? []) {
    const locale = t.locale as AppLocale;
    Object.assign(values, { [`t.${locale}.title`]: t.title, [`t.${locale}.excerpt`]: t.excerpt, [`t.${locale}.body`]: t.body, [`t.${locale}.imageAlt`]: t.imageAlt, [`t.${locale}.status`]: t.status });
    saved[locale] = t.status;
    previews[locale] = t.body ? renderMarkdown(t.body) : "";
  }
  return {
    article: {
      id: article?.id ?? null,
      version: article?.version ?? 1,
      values,
      structureIds: article?.structures.map((s) => s.structureId) ?? [],
      topicIds: article?.topics.map((t) => t.topicId) ?? [],
      saved,
    },
    previews,
    imageUrl: article?.imageKey ? imageUrl(article.imageKey) : null,
  };
}
