// All meetings, in creation order: a meeting's relations point to meetings
// created before it.
import { bishkek2021 } from "./meeting-bishkek-2021";
import { europe2022 } from "./meeting-europe-2022";
import { brussels2011, capacityBuildingCommittee2011, integritySubCommittee2011 } from "./meetings-brussels-2011";
import { pastMeetings } from "./meetings-past";
import { draftMeeting, upcomingMeetings } from "./meetings-upcoming";
import type { MeetingSeed } from "./types";

export const meetings: MeetingSeed[] = [
  capacityBuildingCommittee2011,
  integritySubCommittee2011,
  brussels2011,
  bishkek2021,
  europe2022,
  ...pastMeetings,
  ...upcomingMeetings,
  draftMeeting,
];
