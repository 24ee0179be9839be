// The dashboard fits the user (issue 10, item 10): "My drafts" are the drafts
// the user created, not every draft of their scope; each list is capped with
// its total (the page links to the full list); an RTC representative's
// translation gaps are those of what they may edit (their centre), and they
// have no meeting or news lists of their own.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { DASHBOARD_LIST_SIZE, getStaffDashboard } from "@/lib/data/get-staff-dashboard";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { europeRefs, uniqueSuffix } from "../support/meeting-fixtures";
import { demoUsers } from "../support/test-users";
import type { SessionUser } from "@/lib/data/users/find-session-user";

async function draftMeeting(createdById: string, title: string) {
  const refs = await europeRefs();
  return prisma.meeting.create({
    data: {
      slug: `dashboard-${uniqueSuffix()}`,
      kind: "WORKSHOP",
      status: "DRAFT",
      createdById,
      startsAt: new Date("2031-03-01T03:00:00Z"),
      endsAt: new Date("2031-03-02T11:00:00Z"),
      timeZone: "Asia/Bishkek",
      city: "Bishkek",
      countryCode: "KG",
      ...refs,
      translations: { create: [{ locale: "en", title, status: "DRAFT" }] },
    },
    select: { id: true },
  });
}

describe("the staff dashboard", () => {
  let admin: SessionUser;
  let staffEurope: SessionUser;
  let rtcBishkek: SessionUser;
  const mine: string[] = [];
  let adminDraft: string;

  beforeAll(async () => {
    ({ admin, staffEurope, rtcBishkek } = await demoUsers());
    // More drafts of ROCB Europe's staff than the list shows, and one of the administrator's in the same region.
    for (let i = 0; i < DASHBOARD_LIST_SIZE + 2; i++)
      mine.push((await draftMeeting(staffEurope.id, `Europe staff draft ${i} ${uniqueSuffix()}`)).id);
    adminDraft = (await draftMeeting(admin.id, `Administrator draft ${uniqueSuffix()}`)).id;
  });

  it("lists only the user's own drafts, capped, with the total", async () => {
    const europe = await getStaffDashboard(staffEurope, "en");
    const ids = europe.myDrafts.meetings.items.map((item) => item.id);
    expect(ids).toHaveLength(DASHBOARD_LIST_SIZE);
    expect(ids.every((id) => mine.includes(id))).toBe(true);
    expect(ids).not.toContain(adminDraft);
    const ownCount = await prisma.meeting.count({ where: { createdById: staffEurope.id, status: "DRAFT" } });
    expect(europe.myDrafts.meetings.total).toBe(ownCount);
    expect(europe.myDrafts.meetings.total).toBeGreaterThan(DASHBOARD_LIST_SIZE);

    // The administrator may edit all of them, yet "My drafts" holds theirs only.
    const all = await getStaffDashboard(admin, "en");
    const adminIds = all.myDrafts.meetings.items.map((item) => item.id);
    expect(adminIds).toContain(adminDraft);
    expect(adminIds.some((id) => mine.includes(id))).toBe(false);
  });

  it("shows an RTC representative the gaps of their own centre only, and no drafts of others", async () => {
    const rtc = await getStaffDashboard(rtcBishkek, "en");
    expect(rtc.myDrafts.meetings.items).toEqual([]);
    expect(rtc.myDrafts.news.items).toEqual([]);
    expect(rtc.gaps.meetings.items).toEqual([]);
    const centre = await prisma.structure.findUniqueOrThrow({
      where: { slug: SEED_SLUGS.rtcBishkek },
      select: { id: true },
    });
    expect(rtc.gaps.structures.items.every((item) => item.id === centre.id)).toBe(true);
    expect(rtc.gaps.structures.total).toBeLessThanOrEqual(1);

    // ROCB staff see the gaps of their whole region, capped.
    const europe = await getStaffDashboard(staffEurope, "en");
    expect(europe.gaps.structures.items.length).toBeLessThanOrEqual(DASHBOARD_LIST_SIZE);
    expect(europe.gaps.structures.total).toBeGreaterThanOrEqual(europe.gaps.structures.items.length);
  });
});
