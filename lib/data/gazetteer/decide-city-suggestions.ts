import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, can, citySuggestionWhere, type Actor } from "@/lib/auth/permissions";
import { pickTranslation } from "@/lib/content/translation";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { NotFoundError, StaleVersionError } from "@/lib/errors/app-errors";
import type { CityNameLocale } from "@/lib/validation/city-names";
import type { AppLocale } from "@/i18n/routing";
import { cityPages, cityScope, readCityNames, writeCityNames } from "./write-city-names";

// Suggested changes to the gazetteer: listed for administrators, who approve
// (the change is written, audited) or reject them (audited); and applied when
// the draft meeting they were typed in is published by someone who may write
// that city's names.

type Tx = Prisma.TransactionClient;

const changeOf = (row: { locale: string; name: string }) =>
  row.name
    ? { set: { [row.locale]: row.name } as Partial<Record<CityNameLocale, string>>, remove: [] }
    : { set: {}, remove: [row.locale as CityNameLocale] };

/** The pending suggestions, oldest first, with each city's current name and the pages a change affects. */
export async function listCitySuggestions({ actor, locale }: { actor: Actor; locale: AppLocale }) {
  const rows = await prisma.cityNameSuggestion.findMany({
    where: { AND: [{ status: "PENDING" }, citySuggestionWhere(actor)] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      countryCode: true,
      city: true,
      locale: true,
      name: true,
      createdAt: true,
      suggestedBy: { select: { name: true } },
      meeting: { select: { id: true, slug: true, translations: { select: { locale: true, title: true } } } },
    },
  });
  const cities = new Map<string, { countryCode: string; city: string }>();
  for (const row of rows)
    cities.set(`${row.countryCode.trim()}/${row.city}`, { countryCode: row.countryCode.trim(), city: row.city });
  const details = new Map(
    await Promise.all(
      [...cities].map(
        async ([key, city]) =>
          [
            key,
            { names: await readCityNames(city.countryCode, city.city), pages: await cityPages(city, locale) },
          ] as const,
      ),
    ),
  );
  return rows.map((row) => {
    const key = `${row.countryCode.trim()}/${row.city}`;
    const detail = details.get(key)!;
    return {
      id: row.id,
      countryCode: row.countryCode.trim(),
      city: row.city,
      locale: row.locale as CityNameLocale,
      name: row.name,
      current: detail.names[row.locale as CityNameLocale] ?? "",
      pages: detail.pages,
      createdAt: row.createdAt,
      suggestedBy: row.suggestedBy?.name ?? null,
      meeting: row.meeting
        ? {
            id: row.meeting.id,
            title: pickTranslation(row.meeting.translations, locale)?.title ?? row.meeting.slug,
          }
        : null,
    };
  });
}

/** Approves (writes the change) or rejects a pending suggestion; audited either way. */
export async function decideCitySuggestion({
  actor,
  id,
  decision,
}: {
  actor: Actor;
  id: string;
  decision: "approve" | "reject";
}) {
  assertCan(actor, "gazetteer.review");
  return prisma.$transaction(async (tx) => {
    const row = await tx.cityNameSuggestion.findUnique({ where: { id } });
    if (!row) throw new NotFoundError();
    // Claimed: two administrators deciding at once, one of them wins.
    const claimed = await tx.cityNameSuggestion.updateMany({
      where: { AND: [{ id, status: "PENDING" }, citySuggestionWhere(actor)] },
      data: { status: decision === "approve" ? "APPROVED" : "REJECTED", decidedById: actor.id, decidedAt: new Date() },
    });
    if (claimed.count === 0) throw new StaleVersionError();
    const place = { countryCode: row.countryCode.trim(), city: row.city };
    if (decision === "approve") {
      return { id, tags: await writeCityNames(tx, actor.id, place, changeOf(row), { suggestionId: id }) };
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "city.rejectSuggestion",
      entityType: "City",
      entityId: `${place.countryCode}/${place.city}`,
      before: { [row.locale]: row.name, suggestionId: id },
    });
    return { id, tags: [] as string[] };
  });
}

/**
 * When a meeting is published: the names typed in its draft for the city it
 * is in now take effect, if the publisher may write that city's names
 * (otherwise they stay for an administrator). Returns the tags to refresh.
 */
export async function applyMeetingCitySuggestions(
  tx: Tx,
  actor: Actor,
  meeting: { id: string; countryCode: string | null; city: string },
): Promise<string[]> {
  const countryCode = meeting.countryCode?.trim();
  if (!countryCode || !meeting.city) return [];
  const pending = await tx.cityNameSuggestion.findMany({
    where: { meetingId: meeting.id, status: "PENDING", countryCode, city: meeting.city },
    orderBy: { createdAt: "asc" },
  });
  if (!pending.length) return [];
  const place = { countryCode, city: meeting.city };
  if (!can(actor, "gazetteer.write", await cityScope(tx, place))) return [];
  const tags = new Set<string>();
  for (const row of pending) {
    await tx.cityNameSuggestion.update({
      where: { id: row.id },
      data: { status: "APPROVED", decidedById: actor.id, decidedAt: new Date() },
    });
    for (const tag of await writeCityNames(tx, actor.id, place, changeOf(row), { suggestionId: row.id })) tags.add(tag);
  }
  return [...tags];
}
