import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The mail the e2e server sent: its SMTP server (scripts/e2e-smtp.ts) writes
// each message it receives to this folder as JSON. Only those count: a mail
// the portal wrote to a file outbox (no SMTP) is never read by a journey.
const OUTBOX = path.resolve(".data/e2e-outbox");

export type Mail = {
  /** "smtp": received by the e2e run's SMTP server. */
  via?: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  sentAt: string;
};

/** Every message to `email`, oldest first. */
export function mailsTo(email: string): Mail[] {
  let files: string[] = [];
  try {
    files = readdirSync(OUTBOX).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
  return files
    .map((f) => JSON.parse(readFileSync(path.join(OUTBOX, f), "utf8")) as Mail)
    .filter((m) => m.via === "smtp" && m.to === email)
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}
