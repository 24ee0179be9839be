import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { planPublication, type PublicationChange, type RecordStatus } from "@/lib/content/publication";
import { FieldValidationError, NotFoundError } from "@/lib/errors/app-errors";
import type { AppLocale } from "@/i18n/routing";

// The confirmation step of publishing a meeting or an article: the plan of
// the change (lib/content/publication.ts) on the record's current rows,
// nothing written.

/** A publication change an actor asks for on one record. */
export type PublicationRequest = { actor: Actor; id: string; change: PublicationChange; locales: AppLocale[] };

/** What the plan needs of the record. */
export const publicationSelect = {
  status: true,
  publishAt: true,
  translations: { select: { locale: true, status: true } },
} as const;

type PublicationRow = { status: string; publishAt: Date | null; translations: { locale: string; status: string }[] };

/** The plan for `row` (null when it is not in the actor's scope: not found); a change that cannot be made is refused at once. */
export function reviewPublication(row: PublicationRow | null, change: PublicationChange, locales: AppLocale[]) {
  if (!row) throw new NotFoundError();
  const plan = planPublication({ status: row.status as RecordStatus, texts: row.translations }, change, locales);
  if (plan.problem) throw new FieldValidationError({ locales: [`publication.${plan.problem}`] });
  return { plan, publishAt: row.publishAt };
}
