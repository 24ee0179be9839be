import "server-only";
// The staff screen's import, in two steps. Preview: what each item read
// would become (a new draft, nothing because it is already imported, an
// update offered to its draft), with the meeting the extractor proposes;
// nothing is written. Import: the items the user kept, with the pairs of
// translations the user chose, become drafts (createImportDrafts).
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma as db } from "@/lib/db/client";
import { createImportDrafts } from "@/lib/data/imports/create-import-drafts";
import { loadImportDirectory } from "@/lib/data/imports/load-import-directory";
import { importFileBudget, type ImageBudget } from "@/lib/data/imports/image-budget";
import { loadItemAttachment, type LoadAttachment } from "@/lib/data/imports/load-item-attachment";
import { loadItemImage, type LoadImage } from "@/lib/data/imports/load-item-image";
import { extractMeeting, readableText } from "@/lib/import/extract-meeting";
import { contentHashOf, pairTranslations, sourceKeyOf } from "@/lib/import/pair-translations";
import type { ImportFailure, ImportItem, MeetingKindProposal, MeetingReview } from "@/lib/import/types";

export type PreviewRow = {
  index: number;
  /** Rows of one record share it (translations found by URL or WPML/Polylang). */
  record: number;
  source: string;
  title: string;
  language: string;
  publishedOn: string | null;
  status: "new" | "unchanged" | "update";
  meeting: {
    kind: MeetingKindProposal;
    seriesNumber: number | null;
    startDate: string | null;
    endDate: string | null;
    format: MeetingReview["format"];
    city: string | null;
    country: string | null;
    /** Field → the sentence its value came from. */
    evidence: Record<string, string>;
    /** The item's text as read (at most PREVIEW_TEXT_CHARS), shown with its evidence marked. */
    text: string;
  } | null;
};

/** The text of an item shown in the review: enough for any news item, bounded for a page of many. */
export const PREVIEW_TEXT_CHARS = 20_000;

export type ImportPreview = { rows: PreviewRow[]; failures: ImportFailure[] };

export async function previewImport({
  actor,
  items,
  failures,
}: {
  actor: Actor;
  items: ImportItem[];
  failures: ImportFailure[];
}): Promise<ImportPreview> {
  assertCan(actor, "import.run");
  const directory = await loadImportDirectory(db);
  const indexed = items.map((item, index) => ({ ...item, index }));
  const records = pairTranslations(indexed);
  const existing = await db.importedItem.findMany({
    where: {
      OR: records.flatMap((r) => r.items.map((item) => ({ sourceKey: sourceKeyOf(item), locale: item.language }))),
    },
    select: { sourceKey: true, locale: true, contentHash: true },
  });
  const rows: PreviewRow[] = [];
  for (const [recordIndex, record] of records.entries()) {
    for (const item of record.items) {
      const proposal = extractMeeting(item, directory);
      const seen = existing.find((e) => e.sourceKey === sourceKeyOf(item) && e.locale === item.language);
      const m = proposal.isMeetingReport ? proposal.meeting : null;
      rows.push({
        index: (item as (typeof indexed)[number]).index,
        record: recordIndex,
        source: item.source,
        title: item.title,
        language: item.language,
        publishedOn: item.publishedOn,
        status: !seen ? "new" : seen.contentHash === contentHashOf(item) ? "unchanged" : "update",
        meeting: m && {
          kind: m.kind,
          seriesNumber: m.seriesNumber,
          startDate: m.startDate,
          endDate: m.endDate,
          format: m.format,
          city: m.city,
          country: m.country,
          evidence: proposal.evidence,
          text: readableText(item).slice(0, PREVIEW_TEXT_CHARS),
        },
      });
    }
  }
  rows.sort((a, b) => a.index - b.index);
  return { rows, failures };
}

/**
 * The items the user kept (`keep`: their indexes), each `pairs[i] = j`
 * making item i a translation of item j, imported as drafts; `reviews[i]`:
 * item i's proposed meeting as reviewed (null: no meeting).
 */
export async function importChosen({
  actor,
  items,
  keep,
  pairs,
  reviews = {},
  loadImage = loadItemImage,
  loadAttachment = loadItemAttachment,
  imageBudget,
  onProgress,
}: {
  actor: Actor;
  items: ImportItem[];
  keep: number[];
  pairs: Record<number, number>;
  reviews?: Record<number, MeetingReview | null>;
  loadImage?: LoadImage;
  loadAttachment?: LoadAttachment;
  /** The import's budget of files, images and attachments together. */
  imageBudget?: ImageBudget;
  onProgress?: (done: number, total: number) => Promise<void> | void;
}) {
  assertCan(actor, "import.run");
  const grouped = items.map((item, index) => (index in reviews ? { ...item, review: reviews[index] } : { ...item }));
  for (const [from, to] of Object.entries(pairs)) {
    const a = grouped[Number(from)];
    const b = grouped[to];
    if (!a || !b || a === b) continue;
    const group = b.translationGroup ?? a.translationGroup ?? `chosen:${sourceKeyOf(b)}`;
    a.translationGroup = group;
    b.translationGroup = group;
  }
  const kept = new Set(keep);
  const records = pairTranslations(grouped.filter((_, index) => kept.has(index)));
  const directory = await loadImportDirectory(db);
  const budget = importFileBudget(imageBudget);
  return createImportDrafts({
    db,
    importer: actor,
    records,
    directory,
    loadImage: budget.wrap(loadImage),
    loadAttachment: budget.wrap(loadAttachment),
    onProgress,
  });
}
