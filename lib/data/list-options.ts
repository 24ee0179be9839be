import "server-only";
import { prisma } from "@/lib/db/client";
import { meetingWhere, regionChoiceWhere, type Actor } from "@/lib/auth/permissions";
import { pickTranslation } from "@/lib/content/translation";
import { countryName, formatDate } from "@/lib/content/format";
import type { AppLocale } from "@/i18n/routing";

// Choices shown in staff forms, labelled in the staff member's language
// (staff see every translation, drafts included). Every select, checkbox
// group and radio list of the staff forms takes this one option shape.

export type Option = { value: string; label: string; lang?: string };

export function labelOf(rows: { locale: string; label: string }[], locale: AppLocale, fallback: string): string {
  return (
    pickTranslation(
      rows.filter((r) => r.label),
      locale,
    )?.label ?? fallback
  );
}

/** A record's label in the staff member's language, else another, with the language it is in (for `lang`). */
export function localizedLabel(
  rows: { locale: string; label: string }[],
  locale: AppLocale,
  fallback: string,
): { text: string; lang: AppLocale | undefined } {
  const picked = pickTranslation(
    rows.filter((r) => r.label),
    locale,
  );
  return picked
    ? { text: picked.label, lang: picked.isFallback ? picked.locale : undefined }
    : { text: fallback, lang: undefined };
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

/** Regions an actor may assign: all for administrators, their own for ROCB staff (null: every region). */
export async function listRegionOptions(actor: Actor | null, locale: AppLocale): Promise<Option[]> {
  const rows = await prisma.region.findMany({
    where: actor ? regionChoiceWhere(actor) : {},
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, translations: { select: { locale: true, name: true } } },
  });
  return rows.map((r) => ({
    value: r.id,
    label: labelOf(
      r.translations.map((t) => ({ locale: t.locale, label: t.name })),
      locale,
      r.code,
    ),
  }));
}

/** The most recent meetings in scope (at most 300), plus the one already linked. */
export async function listMeetingOptions(actor: Actor, locale: AppLocale, currentId: string | null): Promise<Option[]> {
  const select = {
    id: true,
    slug: true,
    startsAt: true,
    timeZone: true,
    translations: { select: { locale: true, title: true } },
  } as const;
  const [recent, current] = await Promise.all([
    prisma.meeting.findMany({
      where: meetingWhere(actor, "meeting.update"),
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: 300,
      select,
    }),
    currentId ? prisma.meeting.findUnique({ where: { id: currentId }, select }) : Promise.resolve(null),
  ]);
  const rows = current && !recent.some((m) => m.id === current.id) ? [current, ...recent] : recent;
  return rows.map((m) => ({
    value: m.id,
    label: `${labelOf(
      m.translations.map((t) => ({ locale: t.locale, label: t.title })),
      locale,
      m.slug,
    )} (${formatDate(m.startsAt, locale, m.timeZone)})`,
  }));
}

export async function listStructureOptions(locale: AppLocale): Promise<(Option & { kind: string })[]> {
  const rows = await prisma.structure.findMany({
    select: { id: true, slug: true, kind: true, translations: { select: { locale: true, name: true } } },
  });
  return rows
    .map((s) => ({
      value: s.id,
      kind: s.kind,
      label: labelOf(
        s.translations.map((t) => ({ locale: t.locale, label: t.name })),
        locale,
        s.slug,
      ),
    }))
    .sort(byLabel);
}

export async function listTopicOptions(locale: AppLocale): Promise<Option[]> {
  const rows = await prisma.topic.findMany({
    select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
  });
  return rows
    .map((t) => ({
      value: t.id,
      label: labelOf(
        t.translations.map((x) => ({ locale: x.locale, label: x.name })),
        locale,
        t.slug,
      ),
    }))
    .sort(byLabel);
}

/** Countries of one region or all, named for the locale (never stored names). */
export async function listCountryOptions(
  locale: AppLocale,
  regionId?: string,
): Promise<(Option & { regionId: string })[]> {
  const rows = await prisma.country.findMany({
    where: regionId ? { regionId } : {},
    select: { code: true, regionId: true },
  });
  return rows.map((c) => ({ value: c.code, regionId: c.regionId, label: countryName(c.code, locale) })).sort(byLabel);
}
