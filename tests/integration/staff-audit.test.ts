import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { countQueries } from "../support/queries";
import { inviteUserAction } from "@/lib/actions/users";
import { can, ForbiddenError } from "@/lib/auth/permissions";
import { listAuditEntries } from "@/lib/data/audit/list-audit-entries";
import { AUDIT_PAGE_SIZE, parseAuditFilters } from "@/lib/validation/audit-filters";
import { useTemporaryOutbox } from "../support/outbox";
import { newFormToken } from "@/lib/data/create-once";
import { createdId } from "../support/redirects";
import { setTestUser } from "../support/test-session";
import { demoUsers, otherRegionStaff } from "../support/test-users";
import type { SessionUser } from "@/lib/data/users/find-session-user";

describe("audit log", () => {
  let admin: SessionUser;
  let staffEurope: SessionUser;
  let invitedId: string;

  beforeAll(async () => {
    useTemporaryOutbox();
    ({ admin, staffEurope } = await demoUsers());
    setTestUser(admin);
    const form = new FormData();
    for (const [k, v] of Object.entries({
      formToken: newFormToken(),
      email: "audited.person@example.org",
      name: "Audited Person",
      role: "ADMIN",
      preferredLocale: "es",
    }))
      form.set(k, v);
    invitedId = await createdId(inviteUserAction(null, form));
    setTestUser(null);
    // History of other record types and other people, at known dates.
    await prisma.auditLog.createMany({
      data: [
        ...Array.from({ length: 30 }, (_, i) => ({
          actorId: staffEurope.id,
          action: "meeting.update",
          entityType: "meeting",
          entityId: `meeting-${i % 3}`,
          before: { title: `Title ${i}`, status: "DRAFT" },
          after: { title: `Title ${i + 1}`, status: "DRAFT" },
          createdAt: new Date(Date.UTC(2020, 0, 1 + i, 12)),
        })),
        {
          actorId: admin.id,
          action: "structure.update",
          entityType: "structure",
          entityId: "structure-1",
          after: { phone: "+1" },
          createdAt: new Date(Date.UTC(2021, 5, 15, 23, 59)),
        },
        {
          actorId: null,
          action: "news.publish",
          entityType: "news",
          entityId: "news-1",
          after: { status: "PUBLISHED" },
          createdAt: new Date(Date.UTC(2021, 5, 16, 0, 0)),
        },
      ],
    });
  });

  it("shows the newest changes first, with who did them and their values", async () => {
    const page = await listAuditEntries({ actor: admin, filters: { page: 1 } });
    expect(page.total).toBe(33);
    expect(page.items).toHaveLength(AUDIT_PAGE_SIZE);
    expect(page.pageCount).toBe(2);
    expect(page.items[0]).toMatchObject({
      action: "user.invite",
      entityType: "user",
      entityId: invitedId,
      actor: { id: admin.id, name: admin.name },
    });
    expect(page.items[0].after).toMatchObject({ email: "audited.person@example.org", role: "ADMIN" });
    // Each entry names its record by its current name, not only its id (unknown ids have none).
    expect(page.items[0].record).toEqual({ name: "Audited Person", lang: "en" });
    expect(page.items.find((e) => e.entityId.startsWith("meeting-"))?.record).toBeNull();
    const dates = page.items.map((e) => e.createdAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const second = await listAuditEntries({ actor: admin, filters: { page: 2 } });
    expect(second.items).toHaveLength(13);
    expect(new Set([...page.items, ...second.items].map((e) => e.id)).size).toBe(33);
    expect(page.actors.map((a) => a.id).sort()).toEqual([admin.id, staffEurope.id].sort());
    expect(page.entityTypes).toEqual(["meeting", "news", "structure", "user"]);
  });

  it("filters by user, record type, record id and date range (whole UTC days)", async () => {
    const byActor = await listAuditEntries({ actor: admin, filters: { page: 1, actor: staffEurope.id } });
    expect(byActor.total).toBe(30);
    expect(byActor.items.every((e) => e.actorId === staffEurope.id)).toBe(true);

    const byType = await listAuditEntries({ actor: admin, filters: { page: 1, type: "user" } });
    expect(byType.items.map((e) => e.entityId)).toEqual([invitedId]);

    const byRecord = await listAuditEntries({
      actor: admin,
      filters: { page: 1, type: "meeting", record: "meeting-1" },
    });
    expect(byRecord.total).toBe(10);
    expect(byRecord.items.every((e) => e.entityId === "meeting-1")).toBe(true);

    const january = await listAuditEntries({
      actor: admin,
      filters: { page: 1, from: "2020-01-05", to: "2020-01-07" },
    });
    expect(january.items.map((e) => e.createdAt.toISOString().slice(0, 10))).toEqual([
      "2020-01-07",
      "2020-01-06",
      "2020-01-05",
    ]);

    const oneDay = await listAuditEntries({ actor: admin, filters: { page: 1, from: "2021-06-15", to: "2021-06-15" } });
    expect(oneDay.items.map((e) => e.entityType)).toEqual(["structure"]);

    const combined = await listAuditEntries({ actor: admin, filters: { page: 1, actor: admin.id, type: "meeting" } });
    expect(combined.total).toBe(0);
  });

  it("reads filters from the query string and ignores bad values", () => {
    expect(
      parseAuditFilters({
        actor: "abc123",
        type: "meeting",
        record: " m-1 ",
        from: "2020-01-05",
        to: "2020-02-30",
        page: "2",
      }),
    ).toEqual({
      actor: "abc123",
      type: "meeting",
      record: "m-1",
      from: "2020-01-05",
      to: undefined,
      page: 2,
    });
    expect(parseAuditFilters({ actor: "a b; drop", type: "<x>", from: "yesterday", page: "-1", record: "" })).toEqual({
      actor: undefined,
      type: undefined,
      record: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
  });

  it("is for administrators only", async () => {
    const asia = await otherRegionStaff();
    const { rtcBishkek } = await demoUsers();
    for (const actor of [staffEurope, rtcBishkek, asia]) {
      expect(can(actor, "audit.read")).toBe(false);
      await expect(listAuditEntries({ actor, filters: { page: 1 } })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(can(null, "audit.read")).toBe(false);
  });

  it("reads a page with a fixed number of queries, however many entries it shows", async () => {
    const full = (await countQueries(() => listAuditEntries({ actor: admin, filters: { page: 1 } }))).queries;
    const one = (await countQueries(() => listAuditEntries({ actor: admin, filters: { page: 1, type: "user" } })))
      .queries;
    const none = (await countQueries(() => listAuditEntries({ actor: admin, filters: { page: 1, record: "nothing" } })))
      .queries;
    expect(full).toBe(one);
    expect(full).toBe(none);
    // Entries, count, actors, types, and the names of the records on the page and of the ids
    // their values refer to (one query per kind of record: twelve since issue 21, four before).
    expect(full).toBe(16);
  });
});
