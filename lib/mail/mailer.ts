import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { currentConfig } from "@/lib/config-schema";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  /** An HTML part beside the plain text (alerts). */
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 8058). */
  headers?: Record<string, string>;
};

/**
 * Sends mail through SMTP when SMTP_URL is set. Without it (out of the box,
 * and never in production: the configuration requires SMTP_URL there), each
 * message is written to the server log and, as JSON, to the outbox folder
 * (OUTBOX_DIR, default .data/outbox), so invitations and password resets work
 * on a fresh clone. The messages hold sign-in links: the folder is the
 * owner's only (0700), each file too (0600).
 */
export async function sendMail(mail: Mail): Promise<void> {
  // Read at each message: tests point the outbox at a folder of their own.
  const config = currentConfig();
  const from = config.MAIL_FROM;
  if (config.SMTP_URL) {
    await nodemailer.createTransport(config.SMTP_URL).sendMail({ from, ...mail });
    return;
  }
  const dir = path.resolve(/*turbopackIgnore: true*/ config.OUTBOX_DIR);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(
    dir,
    `${new Date().toISOString().replace(/[:.]/g, "-")}-${Math.random().toString(36).slice(2, 8)}.json`,
  );
  await writeFile(file, JSON.stringify({ from, ...mail, sentAt: new Date().toISOString() }, null, 2), {
    mode: 0o600,
  });
  console.log(`[mail] to ${mail.to}: ${mail.subject}\n${mail.text}\n(written to ${file})`);
}
