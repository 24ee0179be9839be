// The mail server of the e2e runs: a real SMTP server (smtp-server, from the
// nodemailer project) that the portal sends every message to (SMTP_URL), so
// the journeys exercise the same transport as production. Each message it
// receives is parsed (mailparser) and written to the e2e outbox folder as
// the JSON the specs read (the shape lib/mail/mailer.ts writes without
// SMTP), marked `via: "smtp"`.
import { mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** The headers the specs read, as sent (unfolded). */
const KEPT_HEADERS = ["List-Unsubscribe", "List-Unsubscribe-Post"];

export async function startE2eSmtp(outboxDir: string) {
  mkdirSync(outboxDir, { recursive: true, mode: 0o700 });
  let counter = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // A message of the portal is small: refuse anything larger than 1 MB.
    size: 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        try {
          const parsed = await simpleParser(Buffer.concat(chunks));
          const headers: Record<string, string> = {};
          for (const { key, line } of parsed.headerLines) {
            const name = KEPT_HEADERS.find((h) => h.toLowerCase() === key);
            if (name)
              headers[name] = line
                .slice(line.indexOf(":") + 1)
                .replace(/\r?\n[ \t]+/g, "")
                .trim();
          }
          const sentAt = new Date().toISOString();
          const mail = {
            via: "smtp",
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo[0]?.address ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            ...(parsed.html ? { html: parsed.html } : {}),
            ...(Object.keys(headers).length ? { headers } : {}),
            sentAt,
          };
          const file = `${sentAt.replace(/[:.]/g, "-")}-smtp-${++counter}.json`;
          writeFileSync(path.join(outboxDir, file), JSON.stringify(mail, null, 2), { mode: 0o600 });
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
