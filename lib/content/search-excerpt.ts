// Search result excerpts: PostgreSQL's ts_headline marks the matched words
// with two control characters (never in stored text: the text rules refuse
// them), which become <mark> once everything else is escaped.

export const startMark = "\u0002";
export const stopMark = "\u0003";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** Escapes the headline, drops Markdown marks, then turns the markers into <mark>. */
export function excerptToHtml(headline: string): string {
  const cleaned = headline.replace(/[*_#`]+/g, "").replace(/\s+/g, " ").trim();
  return escapeHtml(cleaned).replaceAll(startMark, "<mark>").replaceAll(stopMark, "</mark>");
}
