import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemoContent } from "@/prisma/seed";
import { DEMO_ACCOUNTS, SEED_SLUGS } from "@/prisma/seed/keys";
import { createTestDatabase, runSql } from "../support/databases";

const tables = [
  "Region",
  "Country",
  "Structure",
  "Meeting",
  "MeetingTranslation",
  "Attendee",
  "AttendeePerson",
  "NewsArticle",
  "User",
];

async function snapshot(url: string) {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await runSql(
      url,
      `select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as digest from "${table}" t`,
    );
    counts[table] = rows[0].n;
    counts[`${table}#digest`] = rows[0].digest;
  }
  return counts;
}

describe("demo content", async () => {
  const db = await createTestDatabase("tpl_migrated");
  const prisma = createPrismaClient(db.url);
  afterAll(() => prisma.$disconnect());

  it("loads the facts of the product brief", async () => {
    const { created } = await seedDemoContent(prisma);
    expect(created).toBeGreaterThan(50);
    const regions = await prisma.region.findMany({ include: { _count: { select: { countries: true } } } });
    expect(regions.map((r) => r.code).sort()).toEqual(["AMS", "AP", "ESA", "EUR", "MENA", "WCA"]);
    expect(regions.every((r) => r._count.countries >= 3)).toBe(true);
    expect(await prisma.structure.count({ where: { kind: "ROCB" } })).toBe(6);
    expect(await prisma.structure.count({ where: { kind: "VICE_CHAIR" } })).toBe(6);
    for (const code of ["AP", "ESA", "AMS", "WCA", "MENA"]) {
      expect(await prisma.structure.count({ where: { kind: "RTC", region: { code } } })).toBeGreaterThanOrEqual(2);
    }
    const bishkek = await prisma.meeting.findUniqueOrThrow({
      where: { slug: SEED_SLUGS.bishkek2021 },
      include: { translations: true, attendees: true, outcomes: true },
    });
    expect(bishkek.translations.map((t) => t.locale).sort()).toEqual(["en", "ru"]);
    expect(bishkek.attendees.length).toBeGreaterThanOrEqual(8);
    expect(bishkek.outcomes.some((o) => o.kind === "DECISION")).toBe(true);
    const brussels = await prisma.meeting.findUniqueOrThrow({
      where: { slug: SEED_SLUGS.brussels2011 },
      include: { translations: true, relatedFrom: true },
    });
    expect(brussels.translations.map((t) => t.locale)).toEqual(["en"]);
    expect(brussels.relatedFrom.filter((r) => r.kind === "BACK_TO_BACK")).toHaveLength(2);
    const draft = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.draftMeeting } });
    expect(draft.status).toBe("DRAFT");
    expect(
      await prisma.meeting.count({ where: { status: "PUBLISHED", startsAt: { gt: new Date() } } }),
    ).toBeGreaterThanOrEqual(3);
    const users = await prisma.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.role])).toEqual([
      [DEMO_ACCOUNTS.admin, "ADMIN"],
      [DEMO_ACCOUNTS.rtcBishkek, "RTC_REP"],
      [DEMO_ACCOUNTS.staffEurope, "ROCB_STAFF"],
    ]);
  });

  it("changes nothing when run a second time", async () => {
    const before = await snapshot(db.url);
    const { created } = await seedDemoContent(prisma);
    expect(created).toBe(0);
    expect(await snapshot(db.url)).toEqual(before);
  });

  it("refuses to put demo accounts into a production deployment", async () => {
    process.env.PORTAL_ENVIRONMENT = "production";
    try {
      await expect(seedDemoContent(prisma)).rejects.toThrow(/production/);
    } finally {
      delete process.env.PORTAL_ENVIRONMENT;
    }
  });
});
