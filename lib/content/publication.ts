// The one publishing model of meetings and news, as a pure planner. A record
// is public when its own status is PUBLISHED or ARCHIVED (and its scheduled
// date has come); it is then shown in each language whose translation is
// published, and visitors of the other languages read the English text with
// a notice. Staff change both in one step, after reading what the plan says
// will become public: the planner is what the confirmation shows AND what the
// data function applies, so the words always match the behaviour.
import { locales, type AppLocale } from "@/i18n/routing";

export type RecordStatus = "DRAFT" | "PUBLISHED" | "ARCHIVED";
export type TextStatus = "DRAFT" | "PUBLISHED";

/** publish: a draft goes public; languages: change which translations are public; unpublish: back to draft; archive / restore. */
export const publicationChanges = ["publish", "languages", "unpublish", "archive", "restore"] as const;
export type PublicationChange = (typeof publicationChanges)[number];

/** The changes offered for a record in a status. */
export function changesFor(status: RecordStatus): PublicationChange[] {
  if (status === "DRAFT") return ["publish"];
  if (status === "PUBLISHED") return ["languages", "archive", "unpublish"];
  return ["languages", "restore", "unpublish"];
}

/** noChange: "change the public languages" to the ones already public (nothing to do, nothing to record). */
export type PublicationProblem = "chooseLanguage" | "notWritten" | "notAllowed" | "noChange";

export type PublicationPlan = {
  change: PublicationChange;
  status: RecordStatus;
  /** Translation statuses after the change (written translations only). */
  texts: { locale: AppLocale; status: TextStatus }[];
  /** Public after the change (before any scheduled date). */
  isPublic: boolean;
  /** Languages shown to the public after the change, and before it. */
  publicLocales: AppLocale[];
  wasPublicLocales: AppLocale[];
  /** Written but not public after the change. */
  draftLocales: AppLocale[];
  /** Not written: visitors read the English text with a notice. */
  missingLocales: AppLocale[];
  problem: PublicationProblem | null;
};

const isPublicStatus = (status: RecordStatus) => status !== "DRAFT";

/**
 * What `change` does to a record with `current` status and translations;
 * `chosen` are the languages to show (publish, languages). A plan with a
 * problem changes nothing.
 */
export function planPublication(
  current: { status: RecordStatus; texts: readonly { locale: string; status: string }[] },
  change: PublicationChange,
  chosen: readonly AppLocale[],
): PublicationPlan {
  const written = locales.filter((l) => current.texts.some((t) => t.locale === l));
  const wasPublished = written.filter((l) => current.texts.some((t) => t.locale === l && t.status === "PUBLISHED"));
  const wasPublicLocales = isPublicStatus(current.status) ? wasPublished : [];
  let problem: PublicationProblem | null = changesFor(current.status).includes(change) ? null : "notAllowed";

  let status = current.status;
  let published = wasPublished;
  if (change === "publish" || change === "languages") {
    const wanted = locales.filter((l) => chosen.includes(l));
    if (!wanted.length) problem ??= "chooseLanguage";
    if (wanted.some((l) => !written.includes(l))) problem ??= "notWritten";
    published = wanted.filter((l) => written.includes(l));
    if (
      change === "languages" &&
      published.length === wasPublished.length &&
      published.every((l) => wasPublished.includes(l))
    )
      problem ??= "noChange";
    if (change === "publish") status = "PUBLISHED";
  }
  if (change === "unpublish") status = "DRAFT";
  if (change === "archive") status = "ARCHIVED";
  if (change === "restore") status = "PUBLISHED";
  if (problem) {
    status = current.status;
    published = wasPublished;
  }
  const isPublic = isPublicStatus(status) && published.length > 0;
  return {
    change,
    status,
    texts: written.map((locale) => ({ locale, status: published.includes(locale) ? "PUBLISHED" : "DRAFT" })),
    isPublic,
    publicLocales: isPublic ? published : [],
    wasPublicLocales,
    draftLocales: written.filter((l) => !(isPublic && published.includes(l))),
    missingLocales: locales.filter((l) => !written.includes(l)),
    problem,
  };
}
