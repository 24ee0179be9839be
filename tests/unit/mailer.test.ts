import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseConfig } from "@/lib/config-schema";
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

  it("is where `npm run dev` without SMTP_URL writes every mail, alerts whole (HTML part, unsubscribe headers)", async () => {
    // Out of the box: no SMTP server, the outbox under .data/.
    expect(parseConfig({}).SMTP_URL).toBeUndefined();
    expect(parseConfig({}).OUTBOX_DIR).toBe(".data/outbox");
    vi.spyOn(console, "log").mockImplementation(() => {});
    const savedSmtp = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      const dir = mkdtempSync(path.join(os.tmpdir(), "portal-mail-"));
      process.env.OUTBOX_DIR = dir;
      await sendMail({
        to: "reader@example.org",
        subject: "Portal: a new article",
        text: "A new article",
        html: "<p>A new article</p>",
        headers: {
          "List-Unsubscribe": "<https://portal.test/u>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
      });
      const [file] = readdirSync(dir);
      expect(JSON.parse(readFileSync(path.join(dir, file), "utf8"))).toMatchObject({
        to: "reader@example.org",
        html: "<p>A new article</p>",
        headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      });
    } finally {
      if (savedSmtp !== undefined) process.env.SMTP_URL = savedSmtp;
    }
  });
});
