// A name or title typed in any script, put into a sentence of the interface:
// wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069),
// the plain-text form of <bdi>, so a Latin name in an Arabic sentence (or an
// Arabic one in an English sentence) neither reorders nor is reordered by the
// words around it.
export const isolated = (text: string) => `\u2068${text}\u2069`;
