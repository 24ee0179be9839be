// The import screen's review of a proposed meeting, laid over the
// extractor's proposal: each field as staff accepted, edited or cleared it;
// no review, the proposal as it stands; a meeting refused, none at all.
import type { ImportDirectory, MeetingReview, Proposal } from "./types";

export function applyReview(
  proposal: Proposal,
  review: MeetingReview | null | undefined,
  directory: Pick<ImportDirectory, "countryRegions">,
): Proposal {
  if (review === undefined) return proposal;
  if (review === null || !proposal.meeting) return { ...proposal, isMeetingReport: false, meeting: null };
  const meeting = { ...proposal.meeting, ...review };
  // Another country chosen: the region is that country's.
  if (review.country !== proposal.meeting.country)
    meeting.region = ((review.country && directory.countryRegions[review.country]) || null) as typeof meeting.region;
  return { ...proposal, meeting };
}

/**
 * The series a number the text gives belongs to: among the series of the
 * meeting's kind, the region's own; else the one series for every region.
 * None: the number stays a proposal and staff choose the series.
 */
export function seriesOfNumber<S extends { regionId: string | null }>(series: S[], regionId: string | null): S | null {
  const global = series.filter((s) => s.regionId === null);
  return series.find((s) => regionId !== null && s.regionId === regionId) ?? (global.length === 1 ? global[0] : null);
}
