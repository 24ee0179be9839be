import "server-only";
import { meetingScopeOf } from "@/lib/data/meetings/claim-meeting";
import type { Permission } from "./run-action";

// Permissions several actions share (not a "use server" file: nothing here is
// an endpoint).

/** Every change to a part of a meeting (agenda, outcomes, attendees, documents, links) needs the right to edit that meeting. */
export async function mayEditMeeting(_actor: unknown, data: { meetingId: string }): Promise<Permission> {
  return { action: "meeting.update", scope: await meetingScopeOf(data.meetingId) };
}

/** The tags a meeting-part change names. */
export const partTags = (result: { tags: string[] }) => result.tags;
