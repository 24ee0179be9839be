import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { planPublication, type PublicationChange, type RecordStatus, type TextStatus } from "@/lib/content/publication";
import { FieldValidationError, NotFoundError } from "@/lib/errors/app-errors";
import type { AppLocale } from "@/i18n/routing";
import type { EditedKind } from "./alerts/queue-alerts";
import { countPublicationRecipients } from "./alerts/count-subscribers";

// The confirmation step of publishing a meeting or an article: the plan of
// the change (lib/content/publication.ts) on the record's current rows,
// nothing written.

/** A publication change an actor asks for on one record. */
export type PublicationRequest = { actor: Actor; id: string; change: PublicationChange; locales: AppLocale[] };

/** The change applied, on the record at the version the confirmation showed. */
export type PublicationWrite = PublicationRequest & { version: number };

/** What the plan needs of the record. */
export const publicationSelect = {
  status: true,
  publishAt: true,
  translations: { select: { locale: true, status: true } },
} as const;

type PublicationRow = { status: string; publishAt: Date | null; translations: { locale: string; status: string }[] };

/**
 * The plan for `row` (null when it is not in the actor's scope: not found);
 * a change that cannot be made is refused at once. With it, how many e-mail
 * subscribers the change will alert: counted on a first publication only (a
 * record's later publications alert nobody), null otherwise. Counts, never
 * addresses.
 */
export async function reviewPublication(
  row: PublicationRow | null,
  change: PublicationChange,
  locales: AppLocale[],
  record: { kind: EditedKind; id: string },
) {
  if (!row) throw new NotFoundError();
  const plan = planOrRefuse(row, change, locales);
  const first = plan.change === "publish" && plan.isPublic;
  const subscribers = first ? await countPublicationRecipients(record.kind, record.id) : null;
  return { plan, publishAt: row.publishAt, subscribers };
}

/** The plan of `change` on the record's rows; a change that cannot be made is refused as a field error. */
export function planOrRefuse(
  row: { status: string; translations: { locale: string; status: string }[] },
  change: PublicationChange,
  locales: AppLocale[],
) {
  const plan = planPublication({ status: row.status as RecordStatus, texts: row.translations }, change, locales);
  if (plan.problem) throw new FieldValidationError({ locales: [`publication.${plan.problem}`] });
  return plan;
}

/**
 * The translations whose status the plan changes, each with the data to
 * write: its new status, and its public date on first publication.
 */
export function changedTranslations(
  before: { locale: string; status: string; publishedAt: Date | null }[],
  texts: { locale: AppLocale; status: TextStatus }[],
  now: Date,
) {
  return texts.flatMap((text) => {
    const old = before.find((t) => t.locale === text.locale);
    if (old?.status === text.status) return [];
    const data = {
      status: text.status,
      ...(text.status === "PUBLISHED" && !old?.publishedAt ? { publishedAt: now } : {}),
    };
    return [{ locale: text.locale, data }];
  });
}
