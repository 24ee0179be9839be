import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { FieldValidationError, NotFoundError } from "@/lib/errors/app-errors";
import type { AttendeeInput } from "@/lib/validation/attendees";
import { cacheTags } from "@/lib/cache/tags";
import { claimMeeting, meetingTags, type Tx } from "./claim-meeting";
import { closeGaps, positionAfterLast } from "./move-meeting-child";
import { createOrganization, findOrganizationsByName } from "./find-organizations";

// Add, edit and remove the attendees of a meeting (moves: ordered-children.ts). Each change is one
// transaction: permission, meeting version, the rows, the audit entry.

type MeetingRef = { actor: Actor; meetingId: string; version: number };
type OrganizationFields = Pick<
  AttendeeInput,
  | "organizationChoice"
  | "structureId"
  | "organizationId"
  | "organizationName"
  | "organizationKind"
  | "organizationCountry"
>;

/** What the audit log keeps of an attendee (private fields included: the log is for administrators). */
/** The meeting's tags and those of the organizations and structures whose pages list the meeting. */
const attendeeTags = (
  meetingId: string,
  status: string,
  ...rows: { structureId: string | null; organizationId: string | null }[]
) => [
  ...meetingTags(meetingId, status),
  ...rows.flatMap((row) => [
    ...(row.organizationId ? [cacheTags.organization(row.organizationId)] : []),
    ...(row.structureId ? [cacheTags.structure(row.structureId)] : []),
  ]),
];

/** What an attendee's audit entry records (and tests compare before and after). */
export const attendeeSnapshotSelect = {
  id: true,
  role: true,
  position: true,
  structureId: true,
  organizationId: true,
  people: {
    orderBy: { position: "asc" },
    select: { fullName: true, jobTitle: true, publicConsent: true, email: true, phone: true },
  },
} as const;

async function resolveOrganization(tx: Tx, input: OrganizationFields) {
  if (input.organizationChoice === "structure") {
    const structure = await tx.structure.findUnique({ where: { id: input.structureId }, select: { id: true } });
    if (!structure) throw new FieldValidationError({ structureId: ["invalid"] });
    return { structureId: structure.id, organizationId: null };
  }
  if (input.organizationChoice === "organization") {
    const organization = await tx.organization.findUnique({
      where: { id: input.organizationId },
      select: { id: true },
    });
    if (!organization) throw new FieldValidationError({ organizationId: ["invalid"] });
    return { structureId: null, organizationId: organization.id };
  }
  const [existing, country] = await Promise.all([
    findOrganizationsByName(tx, [input.organizationName]),
    input.organizationCountry
      ? tx.country.findUnique({ where: { code: input.organizationCountry }, select: { code: true } })
      : null,
  ]);
  const errors: Record<string, string[]> = {};
  if (existing.size) errors.organizationName = ["organizationExists"];
  if (input.organizationCountry && !country) errors.organizationCountry = ["invalid"];
  if (!input.organizationKind) errors.organizationKind = ["required"];
  if (Object.keys(errors).length || !input.organizationKind) throw new FieldValidationError(errors);
  const created = await createOrganization(tx, {
    name: input.organizationName,
    kind: input.organizationKind,
    countryCode: country?.code ?? null,
  });
  return { structureId: null, organizationId: created.id };
}

const peopleRows = (people: AttendeeInput["people"]) => people.map((person, position) => ({ ...person, position }));

async function findAttendee(tx: Tx, meetingId: string, attendeeId: string) {
  const attendee = await tx.attendee.findFirst({
    where: { id: attendeeId, meetingId },
    select: attendeeSnapshotSelect,
  });
  if (!attendee) throw new NotFoundError();
  return attendee;
}

export async function addAttendee({ actor, meetingId, version, input }: MeetingRef & { input: AttendeeInput }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const organization = await resolveOrganization(tx, input);
    const attendee = await tx.attendee.create({
      data: {
        meetingId,
        role: input.role,
        position: await positionAfterLast(tx, "attendees", meetingId),
        ...organization,
        people: { create: peopleRows(input.people) },
      },
      select: attendeeSnapshotSelect,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "meeting.attendee.create",
      entityType: "Meeting",
      entityId: meetingId,
      after: attendee,
    });
    return { id: attendee.id, tags: attendeeTags(meetingId, meeting.status, attendee) };
  });
}

export async function updateAttendee({
  actor,
  meetingId,
  version,
  attendeeId,
  input,
}: MeetingRef & { attendeeId: string; input: AttendeeInput }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const before = await findAttendee(tx, meetingId, attendeeId);
    const organization = await resolveOrganization(tx, input);
    await tx.attendeePerson.deleteMany({ where: { attendeeId } });
    const after = await tx.attendee.update({
      where: { id: attendeeId },
      data: { role: input.role, ...organization, people: { create: peopleRows(input.people) } },
      select: attendeeSnapshotSelect,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "meeting.attendee.update",
      entityType: "Meeting",
      entityId: meetingId,
      before,
      after,
    });
    return { id: attendeeId, tags: attendeeTags(meetingId, meeting.status, before, after) };
  });
}

export async function removeAttendee({ actor, meetingId, version, attendeeId }: MeetingRef & { attendeeId: string }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const before = await findAttendee(tx, meetingId, attendeeId);
    await tx.attendee.delete({ where: { id: attendeeId } });
    await closeGaps(tx, "attendees", meetingId);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "meeting.attendee.delete",
      entityType: "Meeting",
      entityId: meetingId,
      before,
    });
    return { id: attendeeId, tags: attendeeTags(meetingId, meeting.status, before) };
  });
}
