import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/users/find-session-user";
import { eraseSubscriber, exportSubscriber } from "@/lib/data/alerts/administer-subscriber";
import { countPublicationRecipients, getSubscriberOverview } from "@/lib/data/alerts/count-subscribers";
import { reviewMeetingPublication } from "@/lib/data/meetings/publish-meeting";
import { createEuropeMeeting, uniqueSuffix } from "../support/meeting-fixtures";
import { demoUsers } from "../support/test-users";

// What staff see of e-mail subscribers: counts on publishing and per region
// on the dashboard, the queue for administrators, and an administrator's
// export and erasure of one subscriber on request (audited, the address never
// written to the audit log).

let users: Awaited<ReturnType<typeof demoUsers>>;
let europeId: string;
let asiaId: string;

beforeAll(async () => {
  users = await demoUsers();
  europeId = (await prisma.region.findUniqueOrThrow({ where: { code: "EUR" } })).id;
  asiaId = (await prisma.region.findUniqueOrThrow({ where: { code: "AP" } })).id;
});

/** A subscriber with one subscription to a region; confirmed unless told otherwise. */
async function follower(
  regionId: string,
  extra: { confirmed?: boolean; bounced?: boolean; content?: "ALL" | "NEWS" | "MEETINGS" | "PLANS" } = {},
) {
  const confirmedAt = extra.confirmed === false ? null : new Date();
  return prisma.alertSubscriber.create({
    data: {
      email: `reader-${uniqueSuffix()}@example.net`,
      confirmedAt,
      bouncedAt: extra.bounced ? new Date() : null,
      subscriptions: {
        create: {
          scope: "REGION",
          targetId: regionId,
          content: extra.content ?? "ALL",
          frequency: "IMMEDIATE",
          locale: "es",
          confirmedAt,
        },
      },
    },
  });
}

const europeCount = async (actor: SessionUser) =>
  (await getSubscriberOverview(actor, "en")).regions.find((r) => r.code === "EUR")!.subscribers;

describe("counts for staff", () => {
  it("says on the publish confirmation how many subscribers a first publication alerts", async () => {
    const meeting = await createEuropeMeeting();
    const review = () =>
      reviewMeetingPublication({ actor: users.staffEurope, id: meeting.id, change: "publish", locales: ["en"] });
    const before = (await review()).subscribers!;
    await follower(europeId);
    await follower(europeId, { content: "MEETINGS" });
    await follower(europeId, { content: "PLANS" }); // decisions: the meeting's decision goes out with it
    await follower(europeId, { content: "NEWS" }); // follows news only
    await follower(europeId, { confirmed: false }); // not confirmed
    await follower(europeId, { bounced: true }); // bounced
    await follower(asiaId); // another region
    expect((await review()).subscribers).toBe(before + 3);

    // Once its first publication was announced, publishing again alerts nobody: no count.
    await prisma.alertEvent.create({
      data: { recordKind: "MEETING", recordId: meeting.id, publishedAt: new Date() },
    });
    expect((await review()).subscribers).toBeNull();
    expect(await countPublicationRecipients("MEETING", meeting.id)).toBeNull();
  });

  it("counts each region's confirmed subscribers for every staff member, the queue for administrators only", async () => {
    const before = await europeCount(users.staffEurope);
    const counted = await follower(europeId);
    await follower(europeId, { confirmed: false });
    // A second subscription of the same address to the same region counts it once.
    await prisma.alertSubscription.create({
      data: {
        subscriberId: counted.id,
        scope: "REGION",
        targetId: europeId,
        content: "NEWS",
        frequency: "WEEKLY",
        locale: "ar",
        confirmedAt: new Date(),
      },
    });
    expect(await europeCount(users.staffEurope)).toBe(before + 1);
    expect(await europeCount(users.rtcBishkek)).toBe(before + 1);

    expect((await getSubscriberOverview(users.staffEurope, "en")).queue).toBeNull();
    expect((await getSubscriberOverview(users.rtcBishkek, "en")).queue).toBeNull();
    const event = await prisma.alertEvent.create({
      data: { recordKind: "NEWS", recordId: `late-${uniqueSuffix()}`, publishedAt: new Date() },
    });
    const queueBefore = (await getSubscriberOverview(users.admin, "en")).queue!;
    await prisma.alertDelivery.create({
      data: {
        eventId: event.id,
        subscriberId: counted.id,
        frequency: "IMMEDIATE",
        locale: "es",
        dueAt: new Date(Date.now() - 10 * 60_000),
      },
    });
    // One more alert retrying after a failure, and one sent today.
    const retryEvent = await prisma.alertEvent.create({
      data: { recordKind: "NEWS", recordId: `retry-${uniqueSuffix()}`, publishedAt: new Date() },
    });
    await prisma.alertDelivery.createMany({
      data: [
        {
          eventId: retryEvent.id,
          subscriberId: counted.id,
          frequency: "IMMEDIATE",
          locale: "es",
          attempts: 2,
          lastError: "451 try again later",
          dueAt: new Date(Date.now() + 60_000),
        },
      ],
    });
    const sentEvent = await prisma.alertEvent.create({
      data: { recordKind: "NEWS", recordId: `sent-${uniqueSuffix()}`, publishedAt: new Date() },
    });
    await prisma.alertDelivery.create({
      data: {
        eventId: sentEvent.id,
        subscriberId: counted.id,
        frequency: "IMMEDIATE",
        locale: "es",
        status: "SENT",
        attempts: 1,
        sentAt: new Date(),
        dueAt: new Date(),
      },
    });
    const queue = (await getSubscriberOverview(users.admin, "en")).queue!;
    expect(queue.queued).toBe(queueBefore.queued + 1);
    expect(queue.retrying).toBe(queueBefore.retrying + 1);
    expect(queue.sentToday).toBe(queueBefore.sentToday + 1);
    expect(queue.overdue).toBe(queueBefore.overdue + 1);
    expect(queue.oldestWaitingMinutes).toBeGreaterThanOrEqual(10); // due ten minutes ago, not sent
    expect(JSON.stringify(await getSubscriberOverview(users.admin, "en"))).not.toContain("@");
  });
});

describe("a subscriber's requests, handled by an administrator", () => {
  it("exports everything stored about an address, audited without the address", async () => {
    const row = await follower(europeId);
    const exported = await exportSubscriber(users.admin, row.email);
    expect(exported).toMatchObject({
      email: row.email,
      subscriptions: [{ scope: "REGION", follows: "Europe", content: "ALL", frequency: "IMMEDIATE", locale: "es" }],
      alerts: [],
    });
    const audit = await prisma.auditLog.findMany({ where: { entityType: "AlertSubscriber", entityId: row.id } });
    expect(audit).toMatchObject([{ action: "alertSubscriber.export", actorId: users.admin.id }]);
    expect(JSON.stringify(audit)).not.toContain(row.email);
    expect(await exportSubscriber(users.admin, "nobody-here@example.net")).toBeNull();
  });

  it("erases an address with its subscriptions and alerts, audited without the address", async () => {
    const row = await follower(europeId);
    const event = await prisma.alertEvent.create({
      data: { recordKind: "NEWS", recordId: `erased-${uniqueSuffix()}`, publishedAt: new Date() },
    });
    await prisma.alertDelivery.create({
      data: { eventId: event.id, subscriberId: row.id, frequency: "DAILY", locale: "es", dueAt: new Date() },
    });
    expect(await eraseSubscriber(users.admin, row.email)).toBe(true);
    expect(await prisma.alertSubscriber.findUnique({ where: { id: row.id } })).toBeNull();
    expect(await prisma.alertSubscription.count({ where: { subscriberId: row.id } })).toBe(0);
    expect(await prisma.alertDelivery.count({ where: { subscriberId: row.id } })).toBe(0);
    const audit = await prisma.auditLog.findMany({ where: { entityType: "AlertSubscriber", entityId: row.id } });
    expect(audit).toMatchObject([{ action: "alertSubscriber.erase", before: { subscriptions: 1, deliveries: 1 } }]);
    expect(JSON.stringify(audit)).not.toContain(row.email);
    expect(await eraseSubscriber(users.admin, row.email)).toBe(false);
  });

  it("refuses staff who are not administrators, in the data functions too", async () => {
    const row = await follower(europeId);
    for (const actor of [users.staffEurope, users.rtcBishkek]) {
      await expect(exportSubscriber(actor, row.email)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(eraseSubscriber(actor, row.email)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await prisma.alertSubscriber.findUnique({ where: { id: row.id } })).not.toBeNull();
    expect(await prisma.auditLog.count({ where: { entityType: "AlertSubscriber", entityId: row.id } })).toBe(0);
  });
});
