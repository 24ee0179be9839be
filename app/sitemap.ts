import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { listSitemapRecords } from "@/lib/data/sitemap";
import { absoluteUrl, languageAlternates } from "@/lib/seo/metadata";

// Every public page, once, with hreflang alternates for the five languages.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const { meetings, news, structures, regions } = await listSitemapRecords();
  const entry = (path: string, lastModified?: Date, priority = 0.5): MetadataRoute.Sitemap[number] => ({
    url: absoluteUrl("en", path),
    lastModified,
    priority,
    alternates: { languages: languageAlternates(path) },
  });
  return [
    entry("/", undefined, 1),
    entry("/news", undefined, 0.8),
    entry("/meetings", undefined, 0.8),
    entry("/structures", undefined, 0.8),
    ...regions.map((r) => entry(`/regions/${r.code.toLowerCase()}`, undefined, 0.7)),
    ...meetings.map((m) => entry(`/meetings/${m.slug}`, m.updatedAt, 0.6)),
    ...news.map((n) => entry(`/news/${n.slug}`, n.updatedAt, 0.6)),
    ...structures.map((s) => entry(`/structures/${s.slug}`, s.updatedAt, 0.6)),
  ];
}
