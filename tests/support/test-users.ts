// Session users of the demo accounts, read from the test database.
import { prisma } from "@/lib/db/client";
import { sessionUserSelect, toSessionUser, type SessionUser } from "@/lib/data/users/find-session-user";
import { DEMO_ACCOUNTS } from "@/prisma/seed/keys";

export async function sessionUserFor(email: string): Promise<SessionUser> {
  return toSessionUser(await prisma.user.findUniqueOrThrow({ where: { email }, select: sessionUserSelect }));
}

export async function demoUsers() {
  return {
    admin: await sessionUserFor(DEMO_ACCOUNTS.admin),
    staffEurope: await sessionUserFor(DEMO_ACCOUNTS.staffEurope),
    rtcBishkek: await sessionUserFor(DEMO_ACCOUNTS.rtcBishkek),
  };
}

/** A ROCB staff member of another region (Asia/Pacific), for out-of-scope checks. */
export async function otherRegionStaff(): Promise<SessionUser> {
  const structure = await prisma.structure.findFirstOrThrow({ where: { kind: "ROCB", region: { code: "AP" } } });
  const user = await prisma.user.upsert({
    where: { email: "staff.asia@portal.test" },
    update: {},
    create: { email: "staff.asia@portal.test", name: "Asia Staff", role: "ROCB_STAFF", structureId: structure.id },
  });
  return sessionUserFor(user.email);
}

/** An RTC representative of another centre (Budapest). */
export async function otherRtcRep(): Promise<SessionUser> {
  const structure = await prisma.structure.findUniqueOrThrow({ where: { slug: "rtc-budapest" } });
  const user = await prisma.user.upsert({
    where: { email: "rtc.budapest@portal.test" },
    update: {},
    create: { email: "rtc.budapest@portal.test", name: "Budapest Rep", role: "RTC_REP", structureId: structure.id },
  });
  return sessionUserFor(user.email);
}
