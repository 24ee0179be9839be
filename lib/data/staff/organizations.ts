import "server-only";
import type { OrganizationKind } from "@/lib/db/generated/enums";
import type { Tx } from "./meeting-lock";

// Organizations created from the attendees editor and the CSV import. The
// name typed by staff is stored as the English name (the fallback every
// locale reads); translations can be added later.

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "organization";
}

async function uniqueSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set((await tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((o) => o.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** Organizations whose name (in any language) is one of these, ignoring case: one query. */
export async function findOrganizationsByName(tx: Tx, names: string[]) {
  if (!names.length) return new Map<string, string>();
  const rows = await tx.organization.findMany({
    where: { translations: { some: { OR: names.map((name) => ({ name: { equals: name, mode: "insensitive" as const } })) } } },
    orderBy: { slug: "asc" },
    select: { id: true, translations: { select: { name: true } } },
  });
  const byName = new Map<string, string>();
  for (const row of rows) for (const t of row.translations) if (!byName.has(t.name.toLowerCase())) byName.set(t.name.toLowerCase(), row.id);
  return byName;
}

export async function createOrganization(tx: Tx, input: { name: string; kind: OrganizationKind; countryCode: string | null }) {
  const slug = await uniqueSlug(tx, input.name);
  return tx.organization.create({
    data: { slug, kind: input.kind, countryCode: input.countryCode, translations: { create: { locale: "en", name: input.name } } },
    select: { id: true, slug: true, kind: true, countryCode: true },
  });
}
