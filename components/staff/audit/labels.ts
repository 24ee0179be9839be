import type { getTranslations } from "next-intl/server";

type Translate = Awaited<ReturnType<typeof getTranslations<"StaffAudit">>>;

const knownTypes = ["meeting", "news", "structure", "user", "attendee", "document"] as const;

/** "Meeting", "User"… for the record types the log knows; any other type as written. */
export function entityTypeLabel(type: string, t: Translate): string {
  const key = type.toLowerCase().replace(/[^a-z]/g, "");
  const normalized = key === "newsarticle" || key === "article" ? "news" : key;
  return (knownTypes as readonly string[]).includes(normalized) ? t(`type.${normalized as (typeof knownTypes)[number]}`) : type;
}

/** The verb of an action code ("user.invite" → "Invited"), or the code itself. */
export function actionLabel(action: string, t: Translate): string {
  const verb = action.split(".").pop() ?? action;
  const key = `verb.${verb}` as Parameters<Translate>[0];
  return t.has(key) ? t(key) : action;
}
