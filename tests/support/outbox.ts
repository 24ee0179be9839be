// The mails the portal "sent" without SMTP: JSON files in OUTBOX_DIR.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type OutboxMail = { to: string; subject: string; text: string; sentAt: string };

/** Points the mailer at a fresh folder of its own and returns it. */
export function useTemporaryOutbox(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-outbox-"));
  process.env.OUTBOX_DIR = dir;
  return dir;
}

export function readOutbox(dir = process.env.OUTBOX_DIR ?? ".data/outbox"): OutboxMail[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
  return files
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as OutboxMail)
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}

/** The newest mail to an address, and the token of the password link in it. */
export function lastMailTo(email: string, dir?: string): { mail: OutboxMail; link: string; token: string } | null {
  const mail = readOutbox(dir)
    .filter((m) => m.to === email)
    .at(-1);
  if (!mail) return null;
  const link = /https?:\/\/\S+\/password\/set\?token=[\w-]+/.exec(mail.text)?.[0] ?? "";
  const token = new URL(link).searchParams.get("token") ?? "";
  return { mail, link, token };
}
