// Sitemap files (sitemaps.org protocol, with xhtml:link hreflang alternates),
// and the sitemap index that lists them.
import { locales } from "@/i18n/routing";

const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

export type SitemapEntry = { path: string; lastModified?: Date; priority?: number };

/** One <url> per page, in English, with its five languages and x-default as alternates. */
export function sitemapXml(entries: SitemapEntry[], urlFor: (locale: string, path: string) => string): string {
  const urls = entries.map((entry) => {
    const alternates = [...locales.map((l) => [l, urlFor(l, entry.path)]), ["x-default", urlFor("en", entry.path)]]
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}"/>`)
      .join("");
    const lastmod = entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : "";
    const priority = entry.priority !== undefined ? `<priority>${entry.priority}</priority>` : "";
    return `<url><loc>${escapeXml(urlFor("en", entry.path))}</loc>${alternates}${lastmod}${priority}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

export function sitemapIndexXml(files: string[]): string {
  const items = files.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}

export function xmlResponse(body: string): Response {
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
