import { mkdtempSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sendMail } from "@/lib/mail/mailer";

// Issue 18, item 12: the outbox (mail without SMTP, never in production)
// holds sign-in links: readable by the portal's own user only.
describe("the outbox", () => {
  const saved = process.env.OUTBOX_DIR;
  afterEach(() => {
    process.env.OUTBOX_DIR = saved;
    vi.restoreAllMocks();
  });

  it("writes each message as a file of mode 0600, in a folder of mode 0700", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "portal-mail-")), "outbox");
    process.env.OUTBOX_DIR = dir;
    await sendMail({
      to: "someone@example.org",
      subject: "A link",
      text: "https://portal.test/en/password/set?token=x",
    });
    const [file] = readdirSync(dir);
    expect(statSync(path.join(dir, file)).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});
