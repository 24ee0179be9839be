import "server-only";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { publicUrl } from "@/lib/config";
import { deadlineFlag } from "@/lib/content/deadlines";
import { formatDate } from "@/lib/content/format";
import { pickTranslation } from "@/lib/content/translation";
import { claimReminder, listRemindersToSend, releaseReminder } from "@/lib/data/plans/deadline-reminders";
import { sendMail } from "./mailer";

/**
 * Sends each report deadline reminder that is due, once per (activity,
 * deadline, recipient), in the recipient's language. Run by every instance's
 * timer (lib/jobs/deadline-reminders.ts): the claim in the database decides
 * who sends, so instances and runs may overlap freely.
 */
export async function sendDeadlineReminders(now = new Date()) {
  const pending = await listRemindersToSend(now);
  let sent = 0;
  let failed = 0;
  for (const { activity, user } of pending) {
    const claim = { activityId: activity.id, deadline: activity.plannedEnd, userId: user.id };
    if (!(await claimReminder(claim))) continue;
    const locale = user.preferredLocale as AppLocale;
    const t = await getTranslations({ locale, namespace: "StaffPlans" });
    const flag = deadlineFlag(activity.plannedEnd, now);
    const title = pickTranslation(activity.titles, locale)?.title ?? activity.title;
    const values = {
      name: user.name,
      activity: title,
      date: formatDate(activity.plannedEnd, locale),
      flag:
        flag?.state === "overdue"
          ? t("deadlineOverdue", { days: flag.days })
          : t("deadlineDue", { days: flag?.days ?? 0 }),
      link: `${publicUrl()}/${locale}/staff/reports/new?activity=${encodeURIComponent(activity.id)}`,
    };
    try {
      await sendMail({ to: user.email, subject: t("reminderSubject", values), text: t("reminderBody", values) });
      sent += 1;
    } catch (error) {
      failed += 1;
      await releaseReminder(claim);
      console.error("[mail] could not send a deadline reminder", error instanceof Error ? error.message : error);
    }
  }
  return { pending: pending.length, sent, failed };
}
