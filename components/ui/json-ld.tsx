/**
 * schema.org structured data of a page (JSON-LD). A data block, never run by
 * the browser; "<" is escaped so that no text can close the element.
 */
export function JsonLd({ data }: { data: object }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}
