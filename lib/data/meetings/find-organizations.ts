import "server-only";
import type { OrganizationKind } from "@/lib/db/generated/enums";
import { firstFreeSlug, slugify } from "@/lib/content/slug";
import type { Tx } from "./claim-meeting";

// Organizations created from the attendees editor and the CSV import. The
// name typed by staff is stored as the English name (the fallback every
// locale reads); translations can be added later.

async function uniqueSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name, "organization", 60);
  const taken = await tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(
    base,
    taken.map((o) => o.slug),
  );
}

/** Organizations whose name (in any language) is one of these, ignoring case: one query. */
export async function findOrganizationsByName(tx: Tx, names: string[]) {
  if (!names.length) return new Map<string, string>();
  const rows = await tx.organization.findMany({
    where: {
      translations: { some: { OR: names.map((name) => ({ name: { equals: name, mode: "insensitive" as const } })) } },
    },
    orderBy: { slug: "asc" },
    select: { id: true, translations: { select: { name: true } } },
  });
  const byName = new Map<string, string>();
  for (const row of rows)
    for (const t of row.translations) if (!byName.has(t.name.toLowerCase())) byName.set(t.name.toLowerCase(), row.id);
  return byName;
}

export async function createOrganization(
  tx: Tx,
  input: { name: string; kind: OrganizationKind; countryCode: string | null },
) {
  const slug = await uniqueSlug(tx, input.name);
  return tx.organization.create({
    data: {
      slug,
      kind: input.kind,
      countryCode: input.countryCode,
      translations: { create: { locale: "en", name: input.name } },
    },
    select: { id: true, slug: true, kind: true, countryCode: true },
  });
}
