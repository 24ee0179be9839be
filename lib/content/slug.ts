// URL slugs: lower-case ASCII letters, digits and single hyphens. The one
// slugify of the portal (meetings, news, organizations).

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 120;
/** Shorter slugs say nothing ("a", "11"): the fallback is used instead. */
const SLUG_MIN = 3;

/**
 * "11th Meeting of the Regional Structures — Bishkek!" →
 * "11th-meeting-of-the-regional-structures-bishkek": accents dropped, other
 * characters as hyphens, at most `max` characters; `fallback` when fewer than
 * three are left (a title in Cyrillic or Arabic script).
 */
export function slugify(text: string, fallback = "", max = SLUG_MAX): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const slug = ascii.slice(0, max).replace(/-+$/g, "");
  return slug.length >= SLUG_MIN ? slug : fallback;
}

/** The first of base, base-2, base-3… not in `taken`. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
