import {
  countSitemapFiles,
  listSitemapRecords,
  listSitemapRegions,
  type SitemapKind,
} from "@/lib/data/list-sitemap-records";
import { notFoundResponse } from "@/lib/feeds/responses";
import { sitemapIndexXml, sitemapXml, xmlResponse, type SitemapEntry } from "@/lib/feeds/sitemap-xml";
import { absoluteUrl } from "@/lib/seo/metadata";
import { publicUrl } from "@/lib/config";
import type { AppLocale } from "@/i18n/routing";

// The sitemap: /sitemap.xml is the index (next.config.ts rewrites it to
// /sitemaps/index.xml, so that it renders on its first request, not at build
// time without a database), listing /sitemaps/pages.xml and as many
// /sitemaps/<kind>-<n>.xml files as the records need (lib/data/list-sitemap-records.ts).
// Each file is cached until a record of its kind changes.
export const revalidate = 3600;
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

const paths: Record<SitemapKind, string> = { meetings: "/meetings", news: "/news", structures: "/structures" };
const urlFor = (locale: string, path: string) => absoluteUrl(locale as AppLocale, path);

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === "index.xml") {
    const counts = await countSitemapFiles();
    const files = [`${publicUrl()}/sitemaps/pages.xml`];
    for (const kind of ["meetings", "news", "structures"] as const) {
      for (let i = 0; i < counts[kind]; i += 1) files.push(`${publicUrl()}/sitemaps/${kind}-${i}.xml`);
    }
    return xmlResponse(sitemapIndexXml(files));
  }
  if (file === "pages.xml") {
    const regions = await listSitemapRegions();
    const entries: SitemapEntry[] = [
      { path: "/", priority: 1 },
      { path: "/news", priority: 0.8 },
      { path: "/meetings", priority: 0.8 },
      { path: "/structures", priority: 0.8 },
      { path: "/regions", priority: 0.7 },
      { path: "/accessibility", priority: 0.3 },
      ...regions.map((r) => ({ path: `/regions/${r.code.toLowerCase()}`, priority: 0.7 })),
    ];
    return xmlResponse(sitemapXml(entries, urlFor));
  }
  const match = /^(meetings|news|structures)-(\d{1,4})\.xml$/.exec(file);
  if (!match) return notFoundResponse();
  const kind = match[1] as SitemapKind;
  const records = await listSitemapRecords(kind, Number(match[2]));
  if (!records.length && match[2] !== "0") return notFoundResponse();
  return xmlResponse(
    sitemapXml(
      records.map((r) => ({ path: `${paths[kind]}/${r.slug}`, lastModified: r.updatedAt, priority: 0.6 })),
      urlFor,
    ),
  );
}
