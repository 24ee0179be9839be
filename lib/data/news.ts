import "server-only";
import { prisma } from "@/lib/db/client";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { publicNewsWhere, publishedTranslations } from "./visibility";

export type NewsCard = {
  id: string;
  slug: string;
  publishedAt: Date | null;
  title: string;
  excerpt: string;
  contentLocale: AppLocale;
  isFallback: boolean;
};

export async function listLatestNews({ locale, take }: { locale: AppLocale; take: number }): Promise<NewsCard[]> {
  const rows = await prisma.newsArticle.findMany({
    where: publicNewsWhere(),
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      slug: true,
      publishedAt: true,
      translations: { ...publishedTranslations(locale), select: { locale: true, title: true, excerpt: true } },
    },
  });
  return rows.flatMap(({ translations, ...row }) => {
    const text = pickTranslation(translations, locale);
    return text ? [{ ...row, title: text.title, excerpt: text.excerpt, contentLocale: text.locale, isFallback: text.isFallback }] : [];
  });
}
