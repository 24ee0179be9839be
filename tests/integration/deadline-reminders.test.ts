// Report deadline reminders (issue 21): with mail set up (here the outbox), a
// reminder goes once per deadline to each active representative of the
// responsible centre, in their language, however many runs or instances
// race for it; a new planned end is a new deadline.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { sendDeadlineReminders } from "@/lib/mail/deadline-reminders";
import { POST as reminderRoute } from "@/app/api/internal/deadline-reminders/route";
import { SWEEP_HEADER, sweepToken } from "@/lib/jobs/internal-timer";
import { createEuropePlan } from "../support/plan-fixtures";
import { readOutbox, useTemporaryOutbox } from "../support/outbox";
import { demoUsers } from "../support/test-users";

// The mails are written in each recipient's language: the real messages of every locale.
vi.mock("next-intl/server", () => import("../support/next-intl-server-locales"));

const DAY = 86_400_000;
const today = () => new Date(new Date().toISOString().slice(0, 10));

async function activityEnding(inDays: number) {
  const { activity } = await createEuropePlan();
  await prisma.activity.update({
    where: { id: activity.id },
    data: {
      plannedStart: new Date(today().getTime() - 60 * DAY),
      plannedEnd: new Date(today().getTime() + inDays * DAY),
    },
  });
  return activity;
}

describe("report deadline reminders", () => {
  let outbox: string;
  let bishkekEmail: string;
  const arabicEmail = "rtc.bishkek.ar@portal.test";
  beforeAll(async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    outbox = useTemporaryOutbox();
    const { rtcBishkek } = await demoUsers();
    bishkekEmail = rtcBishkek.email;
    await prisma.user.update({ where: { id: rtcBishkek.id }, data: { preferredLocale: "en" } });
    const structureId = rtcBishkek.structureId!;
    await prisma.user.createMany({
      data: [
        { email: arabicEmail, name: "Arabic reader", role: "RTC_REP", structureId, preferredLocale: "ar" },
        { email: "rtc.bishkek.gone@portal.test", name: "Former rep", role: "RTC_REP", structureId, active: false },
      ],
    });
  });
  afterAll(() => vi.restoreAllMocks());

  const mailsAbout = (title: string) => readOutbox(outbox).filter((m) => m.text.includes(title));

  it("sends one reminder per deadline and person, in their language, however many runs race", async () => {
    const activity = await activityEnding(5);
    const title = "Test course on risk management";
    await Promise.all([sendDeadlineReminders(), sendDeadlineReminders(), sendDeadlineReminders()]);
    const mails = mailsAbout(title);
    expect(mails.map((m) => m.to).sort()).toEqual([arabicEmail, bishkekEmail].sort());
    const english = mails.find((m) => m.to === bishkekEmail)!;
    expect(english.subject).toBe(`Progress report due: ${title}`);
    expect(english.text).toContain("Due in 5 days");
    expect(english.text).toContain(`/en/staff/reports/new?activity=${activity.id}`);
    const arabic = mails.find((m) => m.to === arabicEmail)!;
    expect(arabic.subject).toContain("تقرير تقدم مستحق");
    expect(arabic.text).toContain("مستحق خلال");
    expect(arabic.text).toContain(`/ar/staff/reports/new?activity=${activity.id}`);
    expect(await prisma.deadlineReminder.count({ where: { activityId: activity.id } })).toBe(2);

    // A later run sends nothing more; a new planned end is a new deadline.
    await sendDeadlineReminders();
    expect(mailsAbout(title)).toHaveLength(2);
    await prisma.activity.update({
      where: { id: activity.id },
      data: { plannedEnd: new Date(today().getTime() - 2 * DAY) },
    });
    await sendDeadlineReminders();
    await sendDeadlineReminders();
    const after = mailsAbout(title);
    expect(after).toHaveLength(4);
    expect(after.find((m) => m.to === bishkekEmail && m.text.includes("Overdue by 2 days"))).toBeTruthy();
  });

  it("sends nothing for a deadline far ahead, long past, or a report already waiting for review", async () => {
    const before = readOutbox(outbox).length;
    const far = await activityEnding(30);
    const old = await activityEnding(-40);
    const waiting = await activityEnding(3);
    await prisma.progressReport.create({
      data: {
        activityId: waiting.id,
        periodStart: new Date(today().getTime() - 30 * DAY),
        periodEnd: today(),
        reportedStatus: "IN_PROGRESS",
      },
    });
    await sendDeadlineReminders();
    expect(readOutbox(outbox).length).toBe(before);
    expect(await prisma.deadlineReminder.count({ where: { activityId: { in: [far.id, old.id, waiting.id] } } })).toBe(
      0,
    );
  });

  it("runs from the instance's own timer only: its route answers 404 to anyone without the token", async () => {
    const url = "http://localhost/api/internal/deadline-reminders";
    expect((await reminderRoute(new Request(url, { method: "POST" }))).status).toBe(404);
    const own = await reminderRoute(new Request(url, { method: "POST", headers: { [SWEEP_HEADER]: sweepToken() } }));
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ sent: expect.any(Number), failed: 0 });
  });
});
