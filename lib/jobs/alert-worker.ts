import "server-only";
import { getConfig } from "@/lib/config";
import {
  claimDueDeliveries,
  forgetUnconfirmed,
  markBounced,
  markRetry,
  markSent,
  type ClaimedDelivery,
} from "@/lib/data/alerts/claim-deliveries";
import { loadAlertItems, loadRecipient } from "@/lib/data/alerts/load-alert-items";
import { queueAlerts } from "@/lib/data/alerts/queue-alerts";
import { alertMail } from "@/lib/mail/alert-mail";
import { sendMail } from "@/lib/mail/mailer";
import { manageToken } from "@/lib/security/alert-tokens";

// One round of the alert jobs, run by every instance every ALERT_INTERVAL_MS
// (lib/jobs/alert-timer.ts): announce what was published since the last
// round (the queue's unique keys make each alert once, whichever instance
// sees it), send what is due (claimed with SKIP LOCKED: never by two
// instances), and delete addresses left unconfirmed for 7 days.

const BATCH = 50;

/** A 5xx SMTP reply: the address does not exist, or refuses us for good (RFC 5321 §4.2.1). */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

async function sendOne(group: ClaimedDelivery[], now: Date): Promise<"sent" | "retry" | "bounced" | "empty"> {
  const [first] = group;
  const recipient = await loadRecipient(first.subscriberId);
  const items = await loadAlertItems(
    group.map((row) => row.eventId),
    first.locale,
  );
  const ids = group.map((row) => row.id);
  if (!recipient || recipient.bouncedAt || items.length === 0) {
    // Nothing left to say (records unpublished since, address gone): done.
    await markSent(ids, now);
    return "empty";
  }
  try {
    await sendMail(
      await alertMail({
        to: recipient.email,
        locale: first.locale,
        items,
        manageToken: manageToken(first.subscriberId, recipient.linkVersion),
        immediate: first.frequency === "IMMEDIATE",
        // An immediate alert came from one subscription: its one-click link ends that one (a digest's, every one).
        subscriptionId:
          first.frequency === "IMMEDIATE" && group.every((row) => row.subscriptionId === first.subscriptionId)
            ? (first.subscriptionId ?? undefined)
            : undefined,
      }),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isPermanentFailure(error)) {
      await markBounced(first.subscriberId, ids, message, now);
      return "bounced";
    }
    await markRetry(group, message, now);
    return "retry";
  }
  await markSent(ids, now);
  return "sent";
}

export type AlertRound = { queued: number; sent: number; retried: number; bounced: number; forgotten: number };

export async function runAlertJobs(now = new Date()): Promise<AlertRound> {
  const config = getConfig();
  const round: AlertRound = { queued: 0, sent: 0, retried: 0, bounced: 0, forgotten: 0 };
  round.queued = await queueAlerts(config.PORTAL_TIME_ZONE, config.ALERT_DIGEST_HOUR, now);
  for (;;) {
    const claimed = await claimDueDeliveries(BATCH, now);
    if (claimed.length === 0) break;
    // An immediate alert is one mail (a meeting with its decisions: one batch, one mail); a digest
    // gathers a subscriber's due alerts of one language.
    const groups = new Map<string, ClaimedDelivery[]>();
    for (const row of claimed) {
      const key =
        row.frequency !== "IMMEDIATE"
          ? `${row.subscriberId}|${row.frequency}|${row.locale}`
          : row.batch
            ? `${row.subscriberId}|batch:${row.batch}|${row.locale}`
            : row.id;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    for (const group of groups.values()) {
      const outcome = await sendOne(group, now);
      if (outcome === "sent") round.sent++;
      if (outcome === "retry") round.retried++;
      if (outcome === "bounced") round.bounced++;
    }
    if (claimed.length < BATCH) break;
  }
  round.forgotten = await forgetUnconfirmed(now);
  return round;
}
