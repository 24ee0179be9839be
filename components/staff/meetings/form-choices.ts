import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { AppLocale } from "@/i18n/routing";
import { listTimeZones } from "@/lib/content/time-zone";
import { getMeetingFormOptions } from "@/lib/data/staff/meeting-list";
import type { MeetingFormChoices } from "./meeting-form";

/** The selects of the meeting form for this actor (and the meeting's current values). */
export async function meetingFormChoices(
  actor: Actor,
  locale: AppLocale,
  current?: { seriesId: string | null; hostStructureId: string | null; organizerStructureId: string | null; regionId: string | null; timeZone: string },
): Promise<MeetingFormChoices> {
  const options = await getMeetingFormOptions({ actor, locale, keep: current ?? {} });
  const ownRegion = actor.role === "ADMIN" ? null : options.regions.find((r) => r.id === actor.regionId);
  return {
    series: options.series,
    structures: options.structures,
    regions: options.regions,
    countries: options.countries,
    timeZones: listTimeZones(current ? [current.timeZone] : []),
    regionFixed: ownRegion ? { id: ownRegion.id, name: ownRegion.name } : null,
  };
}
