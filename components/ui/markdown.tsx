import { renderMarkdown } from "@/lib/content/markdown";

/** Staff Markdown, rendered and sanitized on the server. */
export function Markdown({ source, lang }: { source: string; lang?: string }) {
  return (
    <div
      className="prose-portal max-w-3xl"
      lang={lang}
      dir="auto"
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
