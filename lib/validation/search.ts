// The public search page's query (?q=): one line of at most 200 characters
// (lib/validation/text-rules.ts), in Unicode normal form NFKC with spaces
// collapsed, so that one search has one canonical cached page. A query
// breaking the text rules (a NUL, a line break…) is no query: the page shows
// the empty search form, never an error.
import { queryText } from "./text-rules";

export const SEARCH_QUERY_MAX = 200;

/** ?q= → the query to search for, "" when there is none (or it is unusable). */
export const searchQuerySchema = queryText(SEARCH_QUERY_MAX).transform((value) =>
  (value ?? "").normalize("NFKC").replace(/\s+/g, " ").trim(),
);
