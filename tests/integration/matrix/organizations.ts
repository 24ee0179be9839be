// Authorization matrix: organizations (administrators only): edit, merge a
// duplicate into another, delete an unused one (merge and delete confirmed).
import { prisma } from "@/lib/db/client";
import {
  deleteOrganizationAction,
  mergeOrganizationAction,
  updateOrganizationAction,
} from "@/lib/actions/organizations";
import { formDataOf } from "../../support/form-data";
import { uniqueSuffix } from "../../support/meeting-fixtures";
import { onlyAdmin, type MatrixCase } from "./types";

/** A fresh organization, attending a fresh meeting unless `unused`. */
async function organization({ unused = false } = {}) {
  const suffix = uniqueSuffix();
  const org = await prisma.organization.create({
    data: {
      slug: `matrix-org-${suffix}`,
      kind: "PARTNER",
      translations: { create: { locale: "en", name: `Matrix Organization ${suffix}` } },
    },
  });
  if (!unused) {
    await prisma.meeting.create({
      data: {
        slug: `matrix-org-meeting-${suffix}`,
        kind: "WORKSHOP",
        startsAt: new Date("2027-06-01T08:00:00Z"),
        endsAt: new Date("2027-06-01T16:00:00Z"),
        timeZone: "UTC",
        region: { connect: { code: "EUR" } },
        translations: { create: { locale: "en", title: `Matrix organization meeting ${suffix}` } },
        attendees: { create: { role: "PARTNER", position: 0, organizationId: org.id } },
      },
    });
  }
  return org;
}

/** The organizations a case may change, their names and attendances, and their audit entries. */
const snapshotOf =
  (...ids: string[]) =>
  async () => ({
    organizations: await prisma.organization.findMany({
      where: { id: { in: ids } },
      orderBy: { id: "asc" },
      include: { translations: { orderBy: { locale: "asc" } }, attendances: { orderBy: { id: "asc" } } },
    }),
    audit: await prisma.auditLog.count({ where: { entityType: "Organization", entityId: { in: ids } } }),
  });

export const organizationsMatrixCases: MatrixCase[] = [
  {
    name: "organization.update (names per language)",
    action: updateOrganizationAction,
    allowed: onlyAdmin,
    prepare: async () => {
      const org = await organization();
      return {
        formData: formDataOf({
          id: org.id,
          version: org.version,
          kind: "PARTNER",
          "t.en.name": "Renamed by the matrix",
          "t.fr.name": "Renommée par la matrice",
        }),
        snapshot: snapshotOf(org.id),
      };
    },
  },
  {
    name: "organization.merge into another (confirmed)",
    action: mergeOrganizationAction,
    allowed: onlyAdmin,
    prepare: async () => {
      const [duplicate, kept] = [await organization(), await organization()];
      return {
        formData: formDataOf({ id: duplicate.id, version: duplicate.version, intoId: kept.id, confirm: "yes" }),
        snapshot: snapshotOf(duplicate.id, kept.id),
      };
    },
  },
  {
    name: "organization.delete of an unused one (confirmed)",
    action: deleteOrganizationAction,
    allowed: onlyAdmin,
    prepare: async () => {
      const org = await organization({ unused: true });
      return {
        formData: formDataOf({ id: org.id, version: org.version, confirm: "yes" }),
        snapshot: snapshotOf(org.id),
      };
    },
  },
];
