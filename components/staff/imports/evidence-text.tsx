import type { ReactNode } from "react";
import { evidenceMarks } from "@/lib/import/evidence-marks";

/**
 * A text with the sentences its proposed values came from marked: the
 * narrative beside the fields ("Start from a report", the Import screen's
 * review). Scrolls within its box; read in the text's own language.
 */
export function EvidenceText({
  text,
  sentences,
  language,
  testId,
}: {
  text: string;
  sentences: string[];
  language: string;
  testId?: string;
}) {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const [a, b] of evidenceMarks(text, sentences)) {
    parts.push(text.slice(from, a), <mark key={a}>{text.slice(a, b)}</mark>);
    from = b;
  }
  parts.push(text.slice(from));
  return (
    <div
      className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 bg-white p-4 text-sm leading-relaxed whitespace-pre-wrap"
      lang={language}
      dir="auto"
      data-testid={testId}
    >
      {parts}
    </div>
  );
}
