import "server-only";
import { cacheTags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { groupCsvRows, type CsvIssue, type ParsedCsvRow } from "@/lib/csv/attendee-csv";
import { claimMeeting, meetingTags } from "./claim-meeting";
import { positionAfterLast } from "./move-meeting-child";
import { createOrganization, findOrganizationsByName } from "./find-organizations";

/** Rows that name something the database does not know; nothing was written. */
export class CsvRowsError extends Error {
  name = "CsvRowsError";
  constructor(public issues: CsvIssue[]) {
    super("CSV rows refused");
  }
}

const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

/**
 * Imports rows already checked one by one (lib/csv/attendee-csv.ts), appended
 * after the meeting's attendees, all in one transaction: if any row names an
 * unknown structure or country, or a new organization without its kind,
 * nothing is written and every such row is reported.
 */
export async function importAttendees({
  actor,
  meetingId,
  version,
  rows,
}: {
  actor: Actor;
  meetingId: string;
  version: number;
  rows: ParsedCsvRow[];
}) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const slugs = unique(rows.map((r) => r.structure_slug));
    const countryCodes = unique(rows.map((r) => r.country));
    const orgNames = unique(rows.filter((r) => !r.structure_slug).map((r) => r.organization_name));
    const [structures, countries, organizations] = await Promise.all([
      slugs.length ? tx.structure.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }) : [],
      countryCodes.length ? tx.country.findMany({ where: { code: { in: countryCodes } }, select: { code: true } }) : [],
      findOrganizationsByName(tx, orgNames),
    ]);
    const structureIds = new Map(structures.map((s) => [s.slug, s.id]));
    const knownCountries = new Set(countries.map((c) => c.code));

    const issues: CsvIssue[] = [];
    for (const row of rows) {
      if (row.structure_slug && !structureIds.has(row.structure_slug)) {
        issues.push({
          row: row.rowNumber,
          column: "structure_slug",
          key: "unknownStructure",
          params: { slug: row.structure_slug },
        });
      }
      if (row.country && !knownCountries.has(row.country)) {
        issues.push({ row: row.rowNumber, column: "country", key: "unknownCountry", params: { code: row.country } });
      }
    }
    const groups = groupCsvRows(rows);
    for (const group of groups) {
      if (!group.structureSlug && !organizations.has(group.organizationName.toLowerCase()) && !group.organizationKind) {
        issues.push({
          row: group.rowNumbers[0],
          column: "organization_kind",
          key: "kindForNew",
          params: { name: group.organizationName },
        });
      }
    }
    if (issues.length) throw new CsvRowsError(issues.sort((a, b) => a.row - b.row));

    const createdOrganizations: { id: string; slug: string }[] = [];
    const organizationIds: (string | null)[] = [];
    for (const group of groups) {
      if (group.structureSlug) {
        organizationIds.push(null);
        continue;
      }
      const key = group.organizationName.toLowerCase();
      let id = organizations.get(key);
      if (!id && group.organizationKind) {
        const created = await createOrganization(tx, {
          name: group.organizationName,
          kind: group.organizationKind,
          countryCode: group.country || null,
        });
        createdOrganizations.push(created);
        organizations.set(key, created.id);
        id = created.id;
      }
      organizationIds.push(id ?? null);
    }

    // Two inserts however many rows: the attendees, then all their people.
    const start = await positionAfterLast(tx, "attendees", meetingId);
    const attendees = await tx.attendee.createManyAndReturn({
      data: groups.map((group, index) => ({
        meetingId,
        role: group.role,
        position: start + index,
        structureId: group.structureSlug ? structureIds.get(group.structureSlug)! : null,
        organizationId: organizationIds[index],
      })),
      select: { id: true, position: true },
    });
    const idAt = new Map(attendees.map((a) => [a.position, a.id]));
    const people = groups.flatMap((group, index) =>
      group.people.map((person, position) => ({ ...person, position, attendeeId: idAt.get(start + index)! })),
    );
    if (people.length) await tx.attendeePerson.createMany({ data: people });

    await writeAudit(tx, {
      actorId: actor.id,
      action: "meeting.attendees.import",
      entityType: "Meeting",
      entityId: meetingId,
      after: {
        attendees: groups.map((group, index) => ({
          id: idAt.get(start + index),
          role: group.role,
          structure: group.structureSlug || undefined,
          organization: group.structureSlug ? undefined : group.organizationName,
          people: group.people,
        })),
        createdOrganizations,
      },
    });
    // Organization pages list the meetings they attended: an import may touch many.
    return {
      attendees: groups.length,
      people: people.length,
      tags: [...meetingTags(meetingId, meeting.status), cacheTags.organizations],
    };
  });
}
