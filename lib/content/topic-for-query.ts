// The search page's e-mail alerts box follows a topic: the one the visitor's
// words name (its name or slug within the words, or the words within its
// name), else none and the visitor picks from the list.

const fold = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("en")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The slug of the topic `query` names, or null. Longest name first, so "trade facilitation" beats "trade". */
export function topicForQuery(topics: { slug: string; name: string }[], query: string): string | null {
  const words = fold(query);
  if (!words) return null;
  const padded = ` ${words} `;
  const byLength = [...topics].sort((a, b) => b.name.length - a.name.length);
  for (const topic of byLength) {
    const name = fold(topic.name);
    const slug = fold(topic.slug);
    if ((name && padded.includes(` ${name} `)) || (slug && padded.includes(` ${slug} `))) return topic.slug;
  }
  for (const topic of byLength) if (words.length >= 3 && fold(topic.name).includes(words)) return topic.slug;
  return null;
}
