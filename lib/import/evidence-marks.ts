// Where the evidence sentences of a proposal are in the text shown beside
// it, to mark them. The extractor flattens a sentence's spaces and line
// breaks and reads Arabic-Indic digits as 0–9; the text shown keeps them.

/** A digit as the extractor reads it (0–9) matches its Arabic-Indic and Persian forms too. */
const anyDigit = (d: string) =>
  `[${d}${String.fromCharCode(0x0660 + Number(d))}${String.fromCharCode(0x06f0 + Number(d))}]`;

/** Where a sentence is in a text, however its spaces differ and whichever digits the text writes. */
function findSentence(text: string, sentence: string): [number, number] | null {
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const word = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[0-9]/g, anyDigit);
  const match = new RegExp(words.map(word).join("\\s+"), "u").exec(text);
  return match ? [match.index, match.index + match[0].length] : null;
}

/** The [start, end) of each sentence found in the text, in order, none overlapping another. */
export function evidenceMarks(text: string, sentences: string[]): [number, number][] {
  const marks: [number, number][] = [];
  for (const sentence of new Set(sentences)) {
    const found = sentence ? findSentence(text, sentence) : null;
    if (found && !marks.some(([a, b]) => found[0] < b && found[1] > a)) marks.push(found);
  }
  return marks.sort((a, b) => a[0] - b[0]);
}
