// A real SMTP server for the tests (smtp-server, from the nodemailer
// project), on a free port of 127.0.0.1: every message is parsed
// (mailparser) and kept. `failNext(code, n)` makes the next n messages be
// refused with that reply code (4xx: try later; 5xx: permanent), as a real
// mail server would at the end of DATA.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Captured = ParsedMail & { to: string; raw: string };

export async function startSmtpCapture() {
  const messages: Captured[] = [];
  const failures: { code: number; count: number } = { code: 0, count: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        if (failures.count > 0) {
          failures.count--;
          const error = Object.assign(new Error(failures.code >= 500 ? "No such user here" : "Try again later"), {
            responseCode: failures.code,
          });
          return callback(error);
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const parsed = await simpleParser(raw);
        messages.push(Object.assign(parsed, { to: session.envelope.rcptTo[0]?.address ?? "", raw }));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address: string) => messages.filter((m) => m.to === address),
    failNext(code: number, count = 1) {
      failures.code = code;
      failures.count = count;
    },
    clear() {
      messages.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
