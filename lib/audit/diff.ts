// Before/after values of an audit entry as rows a person can read: nested
// objects become dotted field names ("translations.en.title"; a list of
// translations is keyed by their language, not their place in the list), and
// each row says whether the value changed.

export type DiffRow = { field: string; before: string | null; after: string | null; changed: boolean };

const MAX_DEPTH = 4;

function format(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** A list whose every item names its language ({ locale: "fr", … }): keyed by language, without repeating it. */
function byLocale(list: unknown[]): [string, unknown][] | null {
  const keyed = list.every(
    (item) => item !== null && typeof item === "object" && typeof (item as { locale?: unknown }).locale === "string",
  );
  if (!keyed || !list.length) return null;
  return list.map((item) => {
    const { locale, ...rest } = item as { locale: string };
    return [locale, rest];
  });
}

function flatten(value: unknown, prefix: string, depth: number, out: Map<string, string | null>) {
  const nested = value !== null && typeof value === "object" && depth < MAX_DEPTH;
  const entries = nested
    ? (Array.isArray(value) && byLocale(value)) || Object.entries(value as Record<string, unknown>)
    : [];
  // An empty record ({} before a city had names) has no field to show.
  if (nested && entries.length === 0 && !prefix) return;
  if (!nested || entries.length === 0) {
    out.set(prefix || "value", nested ? format(Array.isArray(value) ? [] : {}) : format(value));
    return;
  }
  for (const [key, child] of entries) flatten(child, prefix ? `${prefix}.${key}` : key, depth + 1, out);
}

function flat(value: unknown): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (value !== null && value !== undefined) flatten(value, "", 0, out);
  return out;
}

export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  const a = flat(before);
  const b = flat(after);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  return fields.map((field) => {
    const old = a.get(field) ?? null;
    const next = b.get(field) ?? null;
    return { field, before: old, after: next, changed: old !== next };
  });
}

/** The staff editor of a record, where there is one. */
export function recordEditorPath(entityType: string, entityId: string): string | null {
  const type = entityType.toLowerCase().replace(/[^a-z]/g, "");
  const base: Record<string, string> = {
    meeting: "/staff/meetings",
    news: "/staff/news",
    newsarticle: "/staff/news",
    article: "/staff/news",
    structure: "/staff/structures",
    user: "/staff/users",
    organization: "/staff/organizations",
    actionplan: "/staff/plans",
    progressreport: "/staff/reports",
  };
  return base[type] ? `${base[type]}/${encodeURIComponent(entityId)}` : null;
}
