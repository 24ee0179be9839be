// Authorization matrix: e-mail subscribers (administrators only): the export
// of what is stored about an address (right of access, audited) and its
// erasure (right of erasure, audited).
import { prisma } from "@/lib/db/client";
import { eraseSubscriberAction, exportSubscriberAction } from "@/lib/actions/alert-subscribers";
import { formDataOf } from "../../support/form-data";
import { uniqueSuffix } from "../../support/meeting-fixtures";
import { onlyAdmin, type MatrixCase } from "./types";

/** A fresh confirmed subscriber following the Europe region. */
async function subscriber() {
  const region = await prisma.region.findUniqueOrThrow({ where: { code: "EUR" } });
  const now = new Date();
  return prisma.alertSubscriber.create({
    data: {
      email: `matrix-reader-${uniqueSuffix()}@example.net`,
      confirmedAt: now,
      subscriptions: {
        create: {
          scope: "REGION",
          targetId: region.id,
          content: "ALL",
          frequency: "DAILY",
          locale: "fr",
          confirmedAt: now,
        },
      },
    },
  });
}

/** The subscriber's rows and the audit entries about it. */
const snapshotOf = (id: string) => async () => ({
  subscriber: await prisma.alertSubscriber.findUnique({ where: { id }, include: { subscriptions: true } }),
  audit: await prisma.auditLog.count({ where: { entityType: "AlertSubscriber", entityId: id } }),
});

export const alertSubscribersMatrixCases: MatrixCase[] = [
  {
    name: "alerts.exportSubscriber (right of access)",
    action: exportSubscriberAction,
    allowed: onlyAdmin,
    prepare: async () => {
      const row = await subscriber();
      return { formData: formDataOf({ email: row.email }), snapshot: snapshotOf(row.id) };
    },
  },
  {
    name: "alerts.eraseSubscriber (right of erasure)",
    action: eraseSubscriberAction,
    allowed: onlyAdmin,
    prepare: async () => {
      const row = await subscriber();
      return { formData: formDataOf({ email: row.email, confirm: "yes" }), snapshot: snapshotOf(row.id) };
    },
  },
];
