import "server-only";
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/i18n/routing";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { publicMeetingWhere } from "../visibility";
import { cityNamer } from "../gazetteer/name-places";
import { cardSelect, pastMeetingsWhere, toCards, upcomingMeetingsWhere } from "./select-card";

/** Upcoming (not yet ended) and recent meetings for the home page. */
export async function listHomeMeetings({ locale, take }: { locale: AppLocale; take: number }) {
  await tagRender([cacheTags.meetings]);
  const now = new Date();
  const upcomingWhere = upcomingMeetingsWhere(publicMeetingWhere(now), now);
  const [upcoming, recent, cityOf] = await Promise.all([
    upcomingWhere.then((where) =>
      where
        ? prisma.meeting.findMany({
            where,
            orderBy: [{ startsAt: "asc" }, { id: "asc" }],
            take,
            select: cardSelect(locale),
          })
        : [],
    ),
    prisma.meeting.findMany({
      // The network's own meetings; workshops and trainings appear in the full list.
      where: pastMeetingsWhere(
        { ...publicMeetingWhere(now), kind: { in: ["REGIONAL_STRUCTURES_MEETING", "GLOBAL_INFORMAL_MEETING"] } },
        now,
      ),
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take,
      select: cardSelect(locale),
    }),
    cityNamer(locale),
  ]);
  return { upcoming: toCards(upcoming, locale, cityOf), recent: toCards(recent, locale, cityOf) };
}
