// URL slugs: lower-case ASCII letters, digits and single hyphens.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 120;

/** "11th Meeting of the Regional Structures — Bishkek!" → "11th-meeting-of-the-regional-structures-bishkek". */
export function slugify(text: string, max = SLUG_MAX): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return ascii.slice(0, max).replace(/-+$/g, "");
}
