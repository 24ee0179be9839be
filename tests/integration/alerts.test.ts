import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { confirmSubscription } from "@/lib/data/alerts/confirm-subscription";
import { createSubscription, MAX_SUBSCRIBES_PER_EMAIL } from "@/lib/data/alerts/create-subscription";
import { getManagedSubscriptions } from "@/lib/data/alerts/manage-subscriptions";
import { runAlertJobs } from "@/lib/jobs/alert-worker";
import { confirmationMail } from "@/lib/mail/alert-mail";
import { sendMail } from "@/lib/mail/mailer";
import type { SubscribeInput } from "@/lib/validation/alerts";
import { POST as subscribeRoute } from "@/app/api/alerts/subscribe/route";
import { POST as unsubscribeRoute } from "@/app/api/alerts/unsubscribe/route";
import { updateNewsAction } from "@/lib/actions/news";
import { runAfterResponse } from "../support/after-response";
import { newsEditForm } from "../support/staff-forms";
import { setTestUser } from "../support/test-session";
import { demoUsers } from "../support/test-users";
import { startSmtpCapture } from "../support/smtp-capture";
import { createEuropePlan } from "../support/plan-fixtures";
import { reviewReport } from "@/lib/data/plans/manage-reports";
import { addOutcome, updateOutcome } from "@/lib/data/meetings/manage-outcomes";
import { setMeetingPublication } from "@/lib/data/meetings/publish-meeting";
import { updateDecisionFollowUp } from "@/lib/data/decisions/manage-decisions";
import { reviewMeetingPublication } from "@/lib/data/meetings/publish-meeting";
import { createEuropeMeeting } from "../support/meeting-fixtures";

// E-mail alerts against a real SMTP server (smtp-server, started here) and
// the real PostgreSQL: double opt-in, immediate and digest sending, language
// and fallback, RFC 8058, no duplicates across two workers, retry and bounce,
// and nothing for drafts, edits or records outside a subscription.

let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let europeId: string;
let asiaId: string;
let esaId: string;
let wcaId: string;
let rocbEuropeId: string;
let ipCounter = 0;
const nextIp = () => `198.51.100.${++ipCounter}`;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
  europeId = (await prisma.region.findUniqueOrThrow({ where: { code: "EUR" } })).id;
  asiaId = (await prisma.region.findUniqueOrThrow({ where: { code: "AP" } })).id;
  esaId = (await prisma.region.findUniqueOrThrow({ where: { code: "ESA" } })).id;
  wcaId = (await prisma.region.findUniqueOrThrow({ where: { code: "WCA" } })).id;
  rocbEuropeId = (await prisma.structure.findUniqueOrThrow({ where: { slug: "rocb-europe" } })).id;
  // Announce what the seed published recently now, so that each test sees only its own records.
  await runAlertJobs();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

beforeEach(() => smtp.clear());

const input = (email: string, extra: Partial<SubscribeInput> = {}): SubscribeInput => ({
  email,
  scope: "REGION",
  target: "eur",
  content: "ALL",
  frequency: "IMMEDIATE",
  language: "ru",
  ...extra,
});

/** Subscribes as the route does (the confirmation goes out by SMTP) and returns the mailed token. */
async function subscribe(email: string, extra: Partial<SubscribeInput> = {}, ip = nextIp()) {
  const result = await createSubscription(input(email, extra), ip);
  if (!result.ok) throw new Error(result.reason);
  const { confirmation } = result;
  await sendMail(
    await confirmationMail({
      to: email,
      locale: input(email, extra).language,
      targetName: confirmation.targetName,
      token: confirmation.token,
    }),
  );
  const mail = smtp.to(email).at(-1)!;
  return /alerts\/confirm\?token=([\w-]+)/.exec(mail.text ?? "")![1];
}

async function subscribeConfirmed(email: string, extra: Partial<SubscribeInput> = {}) {
  const confirmed = await confirmSubscription(await subscribe(email, extra), nextIp());
  if (!confirmed.ok) throw new Error(confirmed.reason);
  smtp.clear();
  return confirmed.manageToken;
}

let slugCounter = 0;
async function publishNews(
  texts: { locale: "en" | "ru" | "fr"; title: string }[],
  extra: { regionId?: string; status?: "DRAFT" | "PUBLISHED"; publishAt?: Date; structureId?: string | null } = {},
) {
  const now = new Date();
  return prisma.newsArticle.create({
    data: {
      slug: `alert-test-article-${++slugCounter}`,
      status: extra.status ?? "PUBLISHED",
      publishedAt: extra.status === "DRAFT" ? null : now,
      publishAt: extra.publishAt ?? null,
      regionId: extra.regionId ?? europeId,
      structures:
        extra.structureId === null ? undefined : { create: [{ structureId: extra.structureId ?? rocbEuropeId }] },
      translations: {
        create: texts.map((t) => ({
          locale: t.locale,
          title: t.title,
          excerpt: `${t.title}: summary`,
          status: extra.status === "DRAFT" ? ("DRAFT" as const) : ("PUBLISHED" as const),
          publishedAt: extra.status === "DRAFT" ? null : now,
        })),
      },
    },
  });
}

describe("double opt-in", () => {
  it("mails a confirmation link and nothing else until it is followed", async () => {
    const token = await subscribe("olga@example.org");
    const [mail] = smtp.to("olga@example.org");
    expect(mail.subject).toContain("Подтвердите");
    expect(mail.html).toContain(`/ru/alerts/confirm?token=${token}`);
    await publishNews([{ locale: "ru", title: "Семинар в Баку до подтверждения" }]);
    await runAlertJobs();
    expect(smtp.to("olga@example.org")).toHaveLength(1); // the confirmation only

    const confirmed = await confirmSubscription(token, nextIp());
    expect(confirmed.ok).toBe(true);
    // The link works once.
    expect(await confirmSubscription(token, nextIp())).toEqual({ ok: false, reason: "invalid" });
    const managed = await getManagedSubscriptions(confirmed.ok ? confirmed.manageToken : "", "en");
    expect(managed?.map((s) => [s.scope, s.name, s.locale])).toEqual([["REGION", "Europe", "ru"]]);
  });

  it("refuses an expired confirmation link", async () => {
    const token = await subscribe("late@example.org");
    const later = new Date(Date.now() + 49 * 3600 * 1000);
    expect(await confirmSubscription(token, nextIp(), later)).toEqual({ ok: false, reason: "invalid" });
  });

  it("answers an address that already follows the region exactly like a new one", async () => {
    await subscribeConfirmed("known@example.org");
    const again = await createSubscription(input("known@example.org"), nextIp());
    const fresh = await createSubscription(input("unknown@example.org"), nextIp());
    expect(again.ok).toBe(true);
    expect(fresh.ok).toBe(true);
    expect(Object.keys(again.ok ? again.confirmation : {})).toEqual(Object.keys(fresh.ok ? fresh.confirmation : {}));
  });

  it("the route answers with the same page for any address and mails after the response", async () => {
    const form = new URLSearchParams({
      email: "route@example.org",
      scope: "REGION",
      target: "eur",
      content: "NEWS",
      frequency: "DAILY",
      language: "ar",
      locale: "en",
    });
    const post = () =>
      subscribeRoute(
        new Request("http://localhost/api/alerts/subscribe", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: form,
        }),
      );
    const first = await post();
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe("/en/alerts/sent");
    expect(smtp.to("route@example.org")).toHaveLength(0); // not before the response
    await runAfterResponse();
    const [mail] = smtp.to("route@example.org");
    expect(mail.subject).toContain("أكِّد");
    expect((await post()).headers.get("location")).toBe("/en/alerts/sent");
  });

  it("sends a bad address back to the form with the input kept", async () => {
    const response = await subscribeRoute(
      new Request("http://localhost/api/alerts/subscribe", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: "not an address", scope: "REGION", target: "eur", locale: "fr" }),
      }),
    );
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!, "http://localhost");
    expect(location.pathname).toBe("/fr/alerts/subscribe");
    expect(location.searchParams.get("error")).toBe("invalidEmail");
    expect(location.searchParams.get("email")).toBe("not an address");
  });
});

describe("limits", () => {
  it("counts requests sent at the same moment one after another, per address and per IP", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => createSubscription(input("flood@example.org"), nextIp())),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(MAX_SUBSCRIBES_PER_EMAIL);
    expect(results.filter((r) => !r.ok && r.reason === "limited")).toHaveLength(12 - MAX_SUBSCRIBES_PER_EMAIL);

    const fromOneIp = await Promise.all(
      Array.from({ length: 25 }, (_, i) => createSubscription(input(`reader${i}@example.org`), "203.0.113.9")),
    );
    expect(fromOneIp.filter((r) => r.ok)).toHaveLength(20);
  });
});

describe("sending", () => {
  it("sends a Europe news item in Russian, once, with both parts, links and the RFC 8058 headers", async () => {
    const token = await subscribeConfirmed("ivan@example.org");
    const article = await publishNews([
      { locale: "en", title: "Workshop in Vienna" },
      { locale: "ru", title: "Семинар в Вене" },
    ]);
    const round = await runAlertJobs();
    expect(round.sent).toBeGreaterThanOrEqual(1);
    const mails = smtp.to("ivan@example.org");
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.subject).toContain("Семинар в Вене");
    expect(mail.text).toContain(`/ru/news/${article.slug}`);
    expect(mail.html).toContain(`/ru/news/${article.slug}`);
    expect(mail.html).toContain('lang="ru"');
    expect(mail.text).not.toContain("Показано на английском");
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const unsubscribeUrl = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(mail.raw.replace(/\r?\n[ \t]+/g, ""))![1];
    expect(unsubscribeUrl).toContain("/api/alerts/unsubscribe?token=");

    // An edit of the published article, and another round: nothing more.
    await prisma.newsTranslation.update({
      where: { articleId_locale: { articleId: article.id, locale: "ru" } },
      data: { title: "Семинар в Вене (исправлено)" },
    });
    await prisma.newsArticle.update({ where: { id: article.id }, data: { version: { increment: 1 } } });
    await runAlertJobs();
    expect(smtp.to("ivan@example.org")).toHaveLength(1);

    // One click, as a mail provider sends it: no cookie, another origin.
    const response = await unsubscribeRoute(
      new Request(unsubscribeUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example.net" },
        body: "List-Unsubscribe=One-Click",
      }),
    );
    expect(response.status).toBe(200);
    expect(await getManagedSubscriptions(token, "ru")).toEqual([]);
    await publishNews([{ locale: "ru", title: "После отписки" }]);
    await runAlertJobs();
    expect(smtp.to("ivan@example.org")).toHaveLength(1);
  });

  it("shows the English text with the notice in the subscriber's language when there is no translation", async () => {
    await subscribeConfirmed("pierre@example.org", { language: "fr" });
    await publishNews([{ locale: "en", title: "Only in English" }]);
    await runAlertJobs();
    const [mail] = smtp.to("pierre@example.org");
    expect(mail.subject).toContain("Only in English");
    expect(mail.text).toContain("Affiché en anglais");
    expect(mail.html).toContain('lang="en"');
    expect(mail.text).toContain("Gérer ou se désabonner");
  });

  it("keeps an English text left to right inside an Arabic mail", async () => {
    await subscribeConfirmed("layla@example.org", { language: "ar" });
    await publishNews([{ locale: "en", title: "Left to right in Arabic" }]);
    await runAlertJobs();
    const [mail] = smtp.to("layla@example.org");
    expect(mail.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail.html).toMatch(/<h2 lang="en" dir="ltr"[^>]*><a [^>]*>Left to right in Arabic<\/a>/);
    expect(mail.html).toContain('<p lang="en" dir="ltr"');
  });

  it("sends nothing for drafts, for records outside the subscription, or for content not followed", async () => {
    await subscribeConfirmed("quiet@example.org");
    await subscribeConfirmed("meetings-only@example.org", { content: "MEETINGS" });
    await publishNews([{ locale: "en", title: "A draft" }], { status: "DRAFT" });
    await publishNews([{ locale: "en", title: "In Asia" }], { regionId: asiaId, structureId: null });
    await publishNews([{ locale: "en", title: "Scheduled for tomorrow" }], {
      publishAt: new Date(Date.now() + 86_400_000),
    });
    await runAlertJobs();
    expect(smtp.to("quiet@example.org").map((m) => m.subject)).toEqual([]);
    await publishNews([{ locale: "en", title: "Europe news" }]);
    await runAlertJobs();
    expect(smtp.to("quiet@example.org").map((m) => m.subject)).toEqual([expect.stringContaining("Europe news")]);
    expect(smtp.to("meetings-only@example.org")).toEqual([]);
  });

  it("sends a scheduled publication when it comes due", async () => {
    await subscribeConfirmed("patient@example.org", { scope: "STRUCTURE", target: "rocb-europe" });
    await publishNews([{ locale: "en", title: "Due in a minute" }], { publishAt: new Date(Date.now() + 60_000) });
    await runAlertJobs();
    expect(smtp.to("patient@example.org")).toHaveLength(0);
    await runAlertJobs(new Date(Date.now() + 61_000));
    expect(smtp.to("patient@example.org").map((m) => m.subject)).toEqual([expect.stringContaining("Due in a minute")]);
  });

  it("never sends one alert twice, with two workers at once", async () => {
    const addresses = Array.from({ length: 8 }, (_, i) => `twin${i}@example.org`);
    for (const address of addresses) await subscribeConfirmed(address);
    await publishNews([{ locale: "en", title: "Seen by two instances" }]);
    await Promise.all([runAlertJobs(), runAlertJobs(), runAlertJobs()]);
    for (const address of addresses) expect(smtp.to(address)).toHaveLength(1);
  });

  it("retries after a temporary SMTP failure, with a growing wait", async () => {
    // Africa (ESA): the only subscriber of this test there.
    await subscribeConfirmed("retry@example.org", { target: "esa" });
    await publishNews([{ locale: "en", title: "Sent on the second try" }], { regionId: esaId, structureId: null });
    smtp.failNext(451, 1);
    const first = await runAlertJobs();
    expect(first.retried).toBe(1);
    expect(smtp.to("retry@example.org")).toHaveLength(0);
    const row = await prisma.alertDelivery.findFirstOrThrow({
      where: { subscriber: { email: "retry@example.org" } },
    });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.dueAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
    await runAlertJobs(); // not yet due
    expect(smtp.to("retry@example.org")).toHaveLength(0);
    await runAlertJobs(new Date(Date.now() + 2 * 60_000));
    expect(smtp.to("retry@example.org")).toHaveLength(1);
  });

  it("stops for an address refused for good (5xx)", async () => {
    await subscribeConfirmed("gone@example.org", { target: "wca" });
    await publishNews([{ locale: "en", title: "Bounces" }], { regionId: wcaId, structureId: null });
    smtp.failNext(550, 1);
    expect((await runAlertJobs()).bounced).toBe(1);
    const subscriber = await prisma.alertSubscriber.findUniqueOrThrow({ where: { email: "gone@example.org" } });
    expect(subscriber.bouncedAt).not.toBeNull();
    await publishNews([{ locale: "en", title: "After the bounce" }], { regionId: wcaId, structureId: null });
    await runAlertJobs(new Date(Date.now() + 3600_000));
    expect(smtp.to("gone@example.org")).toHaveLength(0);
  });

  it("gathers a daily digest and sends it at the fixed hour", async () => {
    await subscribeConfirmed("daily@example.org", { frequency: "DAILY", language: "en" });
    await publishNews([{ locale: "en", title: "Morning item" }]);
    await publishNews([{ locale: "en", title: "Evening item" }]);
    await runAlertJobs();
    expect(smtp.to("daily@example.org")).toHaveLength(0);
    const rows = await prisma.alertDelivery.findMany({ where: { subscriber: { email: "daily@example.org" } } });
    expect(rows).toHaveLength(2);
    const due = rows[0].dueAt;
    // 08:00 in Brussels (the default time zone and hour).
    expect(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Brussels", timeStyle: "short" }).format(due)).toBe(
      "08:00",
    );
    await runAlertJobs(new Date(due.getTime() + 1000));
    const mails = smtp.to("daily@example.org");
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("2 new items");
    expect(mails[0].text).toContain("Morning item");
    expect(mails[0].text).toContain("Evening item");
  });
});

describe("corrections and one-click scope", () => {
  it('sends a correction only when staff tick "notify subscribers", and never for a draft', async () => {
    await subscribeConfirmed("corrections@example.org", { target: "wca", language: "en" });
    const article = await publishNews([{ locale: "en", title: "Workshop in Dakar" }], {
      regionId: wcaId,
      structureId: null,
    });
    await runAlertJobs();
    expect(smtp.to("corrections@example.org")).toHaveLength(1);
    setTestUser((await demoUsers()).admin);
    try {
      // A plain edit of the published article: nothing.
      const edit = await newsEditForm(article.id, { "t.en.title": "Workshop in Dakar on 3 May" });
      expect(await updateNewsAction(null, edit)).toMatchObject({ ok: true });
      await runAlertJobs();
      expect(smtp.to("corrections@example.org")).toHaveLength(1);

      // Ticked: one correction alert, saying so.
      const corrected = await newsEditForm(article.id, {
        "t.en.title": "Workshop in Dakar on 4 May",
        notifySubscribers: "on",
      });
      expect(await updateNewsAction(null, corrected)).toMatchObject({ ok: true });
      await runAlertJobs();
      const mails = smtp.to("corrections@example.org");
      expect(mails).toHaveLength(2);
      expect(mails[1].subject).toContain("correction to Workshop in Dakar on 4 May");
      expect(mails[1].text).toContain("News · corrected");

      // Ticked on a draft: nothing (a draft is not public).
      const draft = await publishNews([{ locale: "en", title: "Draft in Dakar" }], {
        regionId: wcaId,
        structureId: null,
        status: "DRAFT",
      });
      const draftEdit = await newsEditForm(draft.id, { notifySubscribers: "on" });
      expect(await updateNewsAction(null, draftEdit)).toMatchObject({ ok: true });
      await runAlertJobs();
      expect(smtp.to("corrections@example.org")).toHaveLength(2);
    } finally {
      setTestUser(null);
    }
  });

  it("one click ends the subscription the alert came from; the manage page still ends everything", async () => {
    await subscribeConfirmed("two-ways@example.org", { target: "eur", language: "en" });
    const token = await subscribeConfirmed("two-ways@example.org", {
      scope: "STRUCTURE",
      target: "rocb-europe",
      language: "en",
    });
    await publishNews([{ locale: "en", title: "Followed two ways" }]);
    await runAlertJobs();
    const [mail] = smtp.to("two-ways@example.org");
    const url = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(mail.raw.replace(/\r?\n[ \t]+/g, ""))![1];
    expect(new URL(url).searchParams.get("subscription")).toBeTruthy();
    const response = await unsubscribeRoute(
      new Request(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example.net" },
        body: "List-Unsubscribe=One-Click",
      }),
    );
    expect(response.status).toBe(200);
    // The region's subscription (the alert's) ended; the structure's is still followed.
    expect((await getManagedSubscriptions(token, "en"))?.map((s) => s.scope)).toEqual(["STRUCTURE"]);
    await publishNews([{ locale: "en", title: "Still followed through the structure" }]);
    await runAlertJobs();
    expect(smtp.to("two-ways@example.org")).toHaveLength(2);
  });
});

describe("plans' progress", () => {
  it("alerts those following plans' progress when a report of a public plan is accepted, once", async () => {
    await subscribeConfirmed("progress@example.org", { content: "PLANS", language: "fr" });
    await subscribeConfirmed("progress-bishkek@example.org", {
      scope: "STRUCTURE",
      target: "rtc-bishkek",
      language: "en",
    });
    await subscribeConfirmed("news-only@example.org", { content: "NEWS", language: "en" });
    const { admin } = await demoUsers();
    const { plan, report } = await createEuropePlan({ withReport: true });

    // Submitted, not yet accepted: the public does not see it, nobody is alerted.
    await runAlertJobs();
    expect(smtp.to("progress@example.org")).toHaveLength(0);

    await reviewReport({
      actor: admin,
      reportId: report!.id,
      version: report!.version,
      decision: "accept",
      comment: "",
    });
    await runAlertJobs();
    const [mail] = smtp.to("progress@example.org");
    expect(mail.subject).toContain("Test course on risk management");
    expect(mail.text).toContain("Avancement d’un plan d’action");
    expect(mail.text).toContain(`/fr/regions/eur/plans/${plan.slug}`);
    expect(mail.text).toContain("Test course on risk management (Affiché en anglais)"); // English texts, said so
    expect(smtp.to("progress-bishkek@example.org")).toHaveLength(1); // the responsible structure's followers
    expect(smtp.to("news-only@example.org")).toHaveLength(0); // follows news only

    // Reopened and accepted again: announced already, nothing more.
    await prisma.progressReport.update({ where: { id: report!.id }, data: { status: "SUBMITTED" } });
    const again = await prisma.progressReport.findUniqueOrThrow({ where: { id: report!.id } });
    await reviewReport({ actor: admin, reportId: again.id, version: again.version, decision: "accept", comment: "" });
    await runAlertJobs();
    expect(smtp.to("progress@example.org")).toHaveLength(1);
  });

  it("sends nothing for a report returned, or of a draft plan", async () => {
    await subscribeConfirmed("progress-quiet@example.org", { content: "PLANS", language: "en" });
    const { admin } = await demoUsers();
    const returned = await createEuropePlan({ withReport: true });
    await reviewReport({
      actor: admin,
      reportId: returned.report!.id,
      version: returned.report!.version,
      decision: "return",
      comment: "Add the figures.",
    });
    const draft = await createEuropePlan({ status: "DRAFT", withReport: true });
    await prisma.progressReport.update({
      where: { id: draft.report!.id },
      data: { status: "ACCEPTED", reviewedAt: new Date() },
    });
    await runAlertJobs();
    expect(smtp.to("progress-quiet@example.org")).toHaveLength(0);
  });
});

describe("decisions", () => {
  /** A draft Europe meeting with a decision, in English and Russian. */
  async function draftMeetingWithDecision() {
    const m = await createEuropeMeeting();
    const [decision] = m.outcomes.slice(1);
    await prisma.meetingTranslation.create({
      data: { meetingId: m.id, locale: "ru", title: "Семинар в Бишкеке о рисках", summary: "", status: "DRAFT" },
    });
    await prisma.meetingOutcomeTranslation.create({
      data: { outcomeId: decision.id, locale: "ru", text: "Будет подготовлен совместный план." },
    });
    return { ...m, decisionId: decision.id };
  }
  const version = async (id: string) =>
    (await prisma.meeting.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
  /** Adds an outcome to a meeting as ROCB Europe's staff do on its outcomes tab. */
  const add = async (
    meetingId: string,
    kind: "DECISION" | "OUTCOME",
    texts: { locale: "en" | "ru"; text: string }[],
  ) => {
    const { staffEurope } = await demoUsers();
    return addOutcome({ actor: staffEurope, meetingId, version: await version(meetingId), kind, texts });
  };
  const followUp = async (meetingId: string, decisionId: string, status: "IN_PROGRESS" | "DONE" | "OPEN") => {
    const { staffEurope } = await demoUsers();
    const row = await prisma.meetingOutcome.findUniqueOrThrow({ where: { id: decisionId } });
    await updateDecisionFollowUp({
      actor: staffEurope,
      meetingId,
      decisionId,
      version: row.version,
      decisionKind: "ACTION_PLAN",
      status,
      dueOn: null,
      responsible: [],
      followUpMeetingId: null,
      followUpNewsSlug: "",
      followUpDocumentId: null,
    });
  };

  it("alerts a meeting's decisions with it, in the subscriber's language, and nothing for drafts or other regions", async () => {
    await subscribeConfirmed("decisions-ru@example.org", { content: "PLANS", language: "ru" });
    await subscribeConfirmed("everything-en@example.org", { content: "ALL", language: "en" });
    await subscribeConfirmed("meetings-only@example.org", { content: "MEETINGS", language: "en" });
    await subscribeConfirmed("asia-decisions@example.org", { target: "ap", content: "PLANS", language: "en" });
    const { staffEurope } = await demoUsers();
    const m = await draftMeetingWithDecision();

    // A draft, and a decision added to it: nothing.
    await add(m.id, "DECISION", [
      { locale: "en", text: "Each centre will report in May." },
      { locale: "ru", text: "Каждый центр отчитается в мае." },
    ]);
    await runAlertJobs();
    expect(smtp.messages).toHaveLength(0);

    // On publishing, staff are told how many will be alerted: the decisions' followers too.
    const review = await reviewMeetingPublication({
      actor: staffEurope,
      id: m.id,
      change: "publish",
      locales: ["en", "ru"],
    });
    const beforeCount = review.subscribers;
    await setMeetingPublication({
      actor: staffEurope,
      id: m.id,
      version: await version(m.id),
      change: "publish",
      locales: ["en", "ru"],
    });
    await runAlertJobs();
    const [ru] = smtp.to("decisions-ru@example.org");
    expect(smtp.to("decisions-ru@example.org")).toHaveLength(1);
    expect(ru.subject).toContain("решения — Семинар в Бишкеке о рисках");
    expect(ru.text).toContain("Решение: Будет подготовлен совместный план.");
    expect(ru.text).toContain("Решение: Каждый центр отчитается в мае.");
    expect(ru.text).toContain(`/ru/meetings/${m.slug}#decision-${m.decisionId}`);
    expect(ru.text).not.toContain("Совещание:"); // the meeting itself: not followed
    // Everything: the meeting and its decision in one mail, under the meeting's title.
    const everything = smtp.to("everything-en@example.org");
    expect(everything).toHaveLength(1);
    expect(everything[0].subject).toMatch(/: Fixture meeting \w+$/);
    expect(everything[0].text).toContain("Meeting: Fixture meeting");
    expect(everything[0].text).toContain("Decision: A joint plan will be drafted.");
    // Its one-click link ends the one subscription both came from.
    const oneClick = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(everything[0].raw.replace(/\r?\n[ \t]+/g, ""))![1];
    expect(oneClick).toContain("subscription=");
    expect(smtp.to("meetings-only@example.org")[0].text).not.toContain("A joint plan"); // follows meetings only
    expect(smtp.to("asia-decisions@example.org")).toHaveLength(0); // another region
    expect(beforeCount).toBeGreaterThanOrEqual(3); // ru, everything and meetings-only at least

    // An edit of the decision's text sends nothing; neither does a new outcome that is not a decision.
    smtp.clear();
    await updateOutcome({
      actor: staffEurope,
      meetingId: m.id,
      version: await version(m.id),
      itemId: m.decisionId,
      kind: "DECISION",
      texts: [
        { locale: "en", text: "A joint plan will be drafted by June." },
        { locale: "ru", text: "Совместный план будет подготовлен к июню." },
      ],
    });
    await add(m.id, "OUTCOME", [{ locale: "en", text: "The centres compared their courses." }]);
    await runAlertJobs();
    expect(smtp.messages).toHaveLength(0);

    // A decision added to the public meeting is new: alerted once, alone.
    await add(m.id, "DECISION", [
      { locale: "en", text: "The next meeting will be held in Minsk." },
      { locale: "ru", text: "Следующее совещание пройдёт в Минске." },
    ]);
    await runAlertJobs();
    await runAlertJobs();
    expect(smtp.to("decisions-ru@example.org")).toHaveLength(1);
    expect(smtp.to("decisions-ru@example.org")[0].subject).toContain("Следующее совещание пройдёт в Минске.");
    expect(smtp.to("everything-en@example.org")).toHaveLength(1);
    expect(smtp.to("meetings-only@example.org")).toHaveLength(0);
    expect(smtp.to("asia-decisions@example.org")).toHaveLength(0);
  });

  it("alerts a decision done as progress, once; nothing for other statuses or while the meeting is a draft", async () => {
    await subscribeConfirmed("decisions-done@example.org", { content: "PLANS", language: "ru" });
    const { staffEurope } = await demoUsers();
    const draft = await draftMeetingWithDecision();
    // A draft meeting: a decision added or done alerts nobody.
    await add(draft.id, "DECISION", [{ locale: "en", text: "Draft decision kept private." }]);
    await followUp(draft.id, draft.decisionId, "DONE");
    await runAlertJobs();
    expect(smtp.to("decisions-done@example.org")).toHaveLength(0);

    const m = await draftMeetingWithDecision();
    await setMeetingPublication({
      actor: staffEurope,
      id: m.id,
      version: await version(m.id),
      change: "publish",
      locales: ["en", "ru"],
    });
    await runAlertJobs();
    smtp.clear();
    await followUp(m.id, m.decisionId, "IN_PROGRESS");
    await runAlertJobs();
    expect(smtp.to("decisions-done@example.org")).toHaveLength(0);
    await followUp(m.id, m.decisionId, "DONE");
    await runAlertJobs();
    const [done] = smtp.to("decisions-done@example.org");
    expect(done.text).toContain("Решение выполнено: Будет подготовлен совместный план.");
    // Reopened and done again: announced already.
    await followUp(m.id, m.decisionId, "OPEN");
    await followUp(m.id, m.decisionId, "DONE");
    await runAlertJobs();
    expect(smtp.to("decisions-done@example.org")).toHaveLength(1);
  });

  it("alerts a decision added while its meeting was unpublished when it is public again", async () => {
    await subscribeConfirmed("decisions-again@example.org", { content: "PLANS", language: "en" });
    const { staffEurope } = await demoUsers();
    const m = await draftMeetingWithDecision();
    const publish = async (change: "publish" | "unpublish") =>
      setMeetingPublication({ actor: staffEurope, id: m.id, version: await version(m.id), change, locales: ["en"] });
    await publish("publish");
    await runAlertJobs();
    expect(smtp.to("decisions-again@example.org")).toHaveLength(1);
    await publish("unpublish");
    await add(m.id, "DECISION", [{ locale: "en", text: "A second workshop will follow." }]);
    await runAlertJobs();
    expect(smtp.to("decisions-again@example.org")).toHaveLength(1);
    await publish("publish");
    await runAlertJobs();
    const mails = smtp.to("decisions-again@example.org");
    expect(mails).toHaveLength(2);
    expect(mails[1].text).toContain("Decision: A second workshop will follow.");
    expect(mails[1].text).not.toContain("A joint plan"); // announced already
  });
});

describe("forgetting", () => {
  it("deletes an address left unconfirmed for 7 days", async () => {
    await subscribe("never@example.org");
    await runAlertJobs(new Date(Date.now() + 6 * 86_400_000));
    expect(await prisma.alertSubscriber.count({ where: { email: "never@example.org" } })).toBe(1);
    await runAlertJobs(new Date(Date.now() + 7 * 86_400_000 + 60_000));
    expect(await prisma.alertSubscriber.count({ where: { email: "never@example.org" } })).toBe(0);
  });
});
