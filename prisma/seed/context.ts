// Shared plumbing of the seed steps: the client, the clock, the counter of
// created records, and lookups from natural keys to ids.
import type { PrismaClient } from "../../lib/db/create-client";
import type { Locale, Localized } from "./data/types";

export type SeedContext = {
  prisma: PrismaClient;
  now: Date;
  log: (line: string) => void;
  /** Counts created top-level records of one kind (default one). */
  created: (what: string, count?: number) => void;
  /** Writes a demo file where the portal reads its uploads (UPLOAD_DIR, or S3 when configured). */
  putFile: (key: string, bytes: Uint8Array) => Promise<void>;
};

const LOCALES: Locale[] = ["en", "fr", "es", "ru", "ar"];

/** One row per locale present, in a stable order. */
export function perLocale<T, R>(values: Localized<T>, toRow: (locale: Locale, value: T) => R): R[] {
  return LOCALES.flatMap((locale) => {
    const value = values[locale];
    return value === undefined ? [] : [toRow(locale, value)];
  });
}

export type Lookup = {
  /** The id, or undefined (logged) when the record is gone, e.g. renamed by staff. */
  find(key: string, usedBy: string): string | undefined;
  /** The id; throws when missing. */
  get(key: string, usedBy: string): string;
};

export function lookup(ctx: SeedContext, kind: string, rows: { key: string; id: string }[]): Lookup {
  const ids = new Map(rows.map((row) => [row.key, row.id]));
  return {
    find(key, usedBy) {
      const id = ids.get(key);
      if (id === undefined) ctx.log(`  ! ${usedBy}: ${kind} "${key}" not found, reference skipped`);
      return id;
    },
    get(key, usedBy) {
      const id = ids.get(key);
      if (id === undefined) throw new Error(`Seed: ${usedBy} needs ${kind} "${key}", which does not exist`);
      return id;
    },
  };
}

export async function regionLookup(ctx: SeedContext): Promise<Lookup> {
  const rows = await ctx.prisma.region.findMany({ select: { id: true, code: true } });
  return lookup(
    ctx,
    "region",
    rows.map((row) => ({ key: row.code, id: row.id })),
  );
}

export async function structureLookup(ctx: SeedContext, slugs: string[]): Promise<Lookup> {
  const rows = await ctx.prisma.structure.findMany({
    where: { slug: { in: slugs } },
    select: { id: true, slug: true },
  });
  return lookup(
    ctx,
    "structure",
    rows.map((row) => ({ key: row.slug, id: row.id })),
  );
}
