import type { ReactNode } from "react";

/** Where a sentence is in a text, however its spaces and line breaks differ (the extractor flattens them). */
function findSentence(text: string, sentence: string, from = 0): [number, number] | null {
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "u");
  const match = pattern.exec(text.slice(from));
  return match ? [from + match.index, from + match.index + match[0].length] : null;
}

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
  const marks: [number, number][] = [];
  for (const sentence of new Set(sentences)) {
    const found = sentence ? findSentence(text, sentence) : null;
    if (found && !marks.some(([a, b]) => found[0] < b && found[1] > a)) marks.push(found);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const parts: ReactNode[] = [];
  let from = 0;
  for (const [a, b] of marks) {
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
