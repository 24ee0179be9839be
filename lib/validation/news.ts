// Staff news forms: one schema for the article, texts per locale.
import { locales } from "@/i18n/routing";
import {
  checkbox,
  formToken,
  idList,
  optionalDateTime,
  optionalFile,
  optionalId,
  perLocale,
  lineText,
  slug,
  text,
  unflatten,
  z,
} from "./form-fields";
import { lineString } from "./text-rules";

export const newsTextSchema = z.object({
  title: lineText(200),
  excerpt: text(600),
  body: text(50_000),
  imageAlt: lineText(300),
});

export type NewsText = z.output<typeof newsTextSchema>;

export const newsFieldsSchema = z.object({
  id: lineString().max(40),
  version: z.coerce.number().int().min(1),
  slug: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), slug.optional()),
  regionId: optionalId,
  publishedAt: optionalDateTime,
  publishAt: optionalDateTime,
  meetingId: optionalId,
  structureIds: idList,
  topicIds: idList,
  image: optionalFile,
  removeImage: checkbox,
  t: perLocale(newsTextSchema),
});

// Cross-field checks run even when a field failed, so every error shows at once.
const always = { when: () => true };

/** A translation exists when it has a title; English always does. Text without a title is an error. */
function checkTexts(value: { t?: Partial<Record<string, NewsText | undefined>> }, ctx: z.RefinementCtx) {
  for (const locale of locales) {
    const t = value?.t?.[locale];
    const hasText = !!t && (t.excerpt !== "" || t.body !== "" || t.imageAlt !== "");
    if ((locale === "en" || hasText) && !t?.title) {
      ctx.addIssue({ code: "custom", message: "required", path: ["t", locale, "title"] });
    }
  }
}

/** The edit form (what is public changes in the publishing panel, never with a save). */
// "Notify subscribers": the save is a correction e-mail subscribers should hear of.
export const newsSchema = z.preprocess(
  unflatten,
  newsFieldsSchema.extend({ notifySubscribers: checkbox }).superRefine(checkTexts, always),
);

/** The "new article" form: no id or version yet, and a one-time token. */
export const newsCreateSchema = z.preprocess(
  unflatten,
  newsFieldsSchema
    .omit({ id: true, version: true, removeImage: true })
    .extend({ formToken })
    .superRefine(checkTexts, always),
);

export type NewsInput = z.output<typeof newsFieldsSchema> & { notifySubscribers?: boolean };
export type NewsCreateInput = Omit<NewsInput, "id" | "version" | "removeImage">;
