import "server-only";
import { createTranslator } from "use-intl/core";
import type { AppLocale } from "@/i18n/routing";
import { publicUrl } from "@/lib/config";
import { messageFormats } from "@/lib/content/intl-locale";
import type { AlertItem } from "@/lib/data/alerts/load-alert-items";
import { ONE_CLICK_UNSUBSCRIBE_PATH } from "@/lib/http/status-pages";
import type { Mail } from "./mailer";

// The e-mails of alerts: the confirmation link, and an alert (one record, or
// a digest of several), in the subscriber's language, as HTML and plain text.
// Translated outside any request (the worker runs on a timer), from the
// messages files themselves, English under every missing key.

type Messages = Record<string, Record<string, unknown>>;
type EnglishMessages = typeof import("../../messages/en.json");

async function translator(locale: AppLocale) {
  const english = (await import("../../messages/en.json")).default as unknown as Messages;
  const own =
    locale === "en" ? english : ((await import(`../../messages/${locale}.json`)).default as unknown as Messages);
  const messages = {
    Site: { ...english.Site, ...own.Site },
    Alerts: { ...english.Alerts, ...own.Alerts },
  } as unknown as Pick<EnglishMessages, "Site" | "Alerts">;
  const formats = messageFormats(locale);
  const t = createTranslator({ locale, messages, namespace: "Alerts", formats });
  return Object.assign(t, { site: createTranslator({ locale, messages, formats })("Site.name") });
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const SUBJECT_TITLE = 120;

export function manageUrl(locale: AppLocale, token: string): string {
  return `${publicUrl()}/${locale}/alerts/manage?token=${encodeURIComponent(token)}`;
}

/** The direction of a text in `locale`: an English text shown in an Arabic mail keeps its own (its full stop at its end). */
const dirOf = (locale: AppLocale) => (locale === "ar" ? "rtl" : "ltr");

function page(locale: AppLocale, body: string): string {
  const dir = dirOf(locale);
  return `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"></head><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;max-width:40rem">${body}</body></html>`;
}

export async function confirmationMail(input: {
  to: string;
  locale: AppLocale;
  targetName: string;
  token: string;
}): Promise<Mail> {
  const t = await translator(input.locale);
  const site = t.site;
  const link = `${publicUrl()}/${input.locale}/alerts/confirm?token=${encodeURIComponent(input.token)}`;
  const values = { site, name: input.targetName };
  return {
    to: input.to,
    subject: t("mail.confirmSubject", values),
    text: `${t("mail.confirmBody", values)}\n\n${link}\n\n${t("mail.confirmIgnore")}`,
    html: page(
      input.locale,
      `<p>${escape(t("mail.confirmBody", values))}</p><p><a href="${escape(link)}">${escape(t("mail.confirmLink"))}</a></p><p>${escape(t("mail.confirmIgnore"))}</p>`,
    ),
  };
}

export async function alertMail(input: {
  to: string;
  locale: AppLocale;
  items: AlertItem[];
  manageToken: string;
  /** The subscription the one-click link ends (an immediate alert), or every one (a digest). */
  subscriptionId?: string;
  /** An immediate alert of several items: a meeting and the decisions made public with it. */
  immediate?: boolean;
}): Promise<Mail> {
  const t = await translator(input.locale);
  const site = t.site;
  const base = publicUrl();
  const manage = manageUrl(input.locale, input.manageToken);
  const oneClick = `${base}${ONE_CLICK_UNSUBSCRIBE_PATH}?token=${encodeURIComponent(input.manageToken)}${
    input.subscriptionId ? `&subscription=${encodeURIComponent(input.subscriptionId)}` : ""
  }&locale=${input.locale}`;
  const [first] = input.items;
  // A decision's text can be long: a subject keeps its first words.
  const title =
    first.title.length > SUBJECT_TITLE ? `${first.title.slice(0, SUBJECT_TITLE - 1).trimEnd()}…` : first.title;
  const subject =
    input.items.length === 1
      ? first.correction
        ? t("mail.correctionSubject", { site, title })
        : t("mail.alertSubject", { site, title })
      : input.immediate
        ? first.kind === "MEETING"
          ? t("mail.alertSubject", { site, title })
          : t("mail.decisionsSubject", { site, title: first.summary })
        : t("mail.digestSubject", { site, count: input.items.length });
  const label = (item: AlertItem) => {
    const kind = {
      NEWS: t("mail.news"),
      MEETING: t("mail.meeting"),
      REPORT: t("mail.progress"),
      DECISION: t("mail.decision"),
      DECISION_DONE: t("mail.decisionDone"),
    }[item.kind];
    return item.correction ? `${kind} · ${t("mail.corrected")}` : kind;
  };
  const fallback = t("mail.fallback");
  const text = [
    t("mail.intro", { site }),
    "",
    ...input.items.flatMap((item) => [
      `${label(item)}: ${item.title}${item.isFallback ? ` (${fallback})` : ""}`,
      ...(item.summary ? [item.summary] : []),
      `${base}${item.path}`,
      "",
    ]),
    "--",
    t("mail.footer", { site }),
    `${t("mail.manage")}: ${manage}`,
  ].join("\n");
  const html = page(
    input.locale,
    `<p>${escape(t("mail.intro", { site }))}</p>${input.items
      .map(
        (item) =>
          `<div style="margin:1.25rem 0"><div style="font-size:.85rem;color:#555">${escape(label(item))}${
            item.isFallback ? ` · <span>${escape(fallback)}</span>` : ""
          }</div><h2 lang="${item.textLocale}" dir="${dirOf(item.textLocale)}" style="font-size:1.15rem;margin:.2rem 0"><a href="${escape(base + item.path)}">${escape(item.title)}</a></h2>${
            item.summary
              ? `<p lang="${item.textLocale}" dir="${dirOf(item.textLocale)}" style="margin:.2rem 0">${escape(item.summary)}</p>`
              : ""
          }</div>`,
      )
      .join(
        "",
      )}<hr><p style="font-size:.85rem;color:#555">${escape(t("mail.footer", { site }))} <a href="${escape(manage)}">${escape(t("mail.manage"))}</a></p>`,
  );
  return {
    to: input.to,
    subject,
    text,
    html,
    headers: {
      // RFC 8058: a POST of "List-Unsubscribe=One-Click" to this URL unsubscribes.
      "List-Unsubscribe": `<${oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
