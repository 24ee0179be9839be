// The forms of the staff news and structure editors, rebuilt from the
// database as the editor pages would send them (used by the integration tests
// and the authorization matrix).
import { prisma } from "@/lib/db/client";
import { changeNewsPublicationAction } from "@/lib/actions/news";
import type { AppLocale } from "@/i18n/routing";
import { toDateInput } from "@/lib/validation/form-values";
import { formDataOf } from "./form-data";

type Fields = Record<string, string | string[] | Blob | undefined>;

export async function newsEditForm(id: string, changes: Fields = {}): Promise<FormData> {
  const row = await prisma.newsArticle.findUniqueOrThrow({
    where: { id },
    include: { translations: true, structures: true, topics: true },
  });
  const fields: Fields = {
    id: row.id,
    version: String(row.version),
    slug: row.slug,
    regionId: row.regionId ?? "",
    meetingId: row.meetingId ?? "",
    structureIds: row.structures.map((s) => s.structureId),
    topicIds: row.topics.map((t) => t.topicId),
  };
  for (const t of row.translations) {
    for (const key of ["title", "excerpt", "body", "imageAlt"] as const) fields[`t.${t.locale}.${key}`] = t[key];
  }
  return formDataOf({ ...fields, ...changes });
}

/** The publishing panel's confirmation of an article (the review step changes nothing). */
export async function publishNews(
  id: string,
  change: "publish" | "languages" | "unpublish" | "archive" | "restore",
  locales: AppLocale[] = [],
) {
  const { version } = await prisma.newsArticle.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return changeNewsPublicationAction(
    null,
    formDataOf({ id, version: String(version), step: "confirm", change, locales }),
  );
}

export async function structureProfileForm(id: string, changes: Fields = {}): Promise<FormData> {
  const row = await prisma.structure.findUniqueOrThrow({
    where: { id },
    include: {
      translations: true,
      history: { include: { translations: true }, orderBy: [{ startsOn: "asc" }, { id: "asc" }] },
    },
  });
  const fields: Fields = {
    id: row.id,
    version: String(row.version),
    status: row.status,
    countryCode: row.countryCode,
    city: row.city,
    address: row.address,
    email: row.email,
    phone: row.phone,
    website: row.website,
    headName: row.headName,
    establishedOn: toDateInput(row.establishedOn),
    latitude: row.latitude === null ? "" : String(row.latitude),
    longitude: row.longitude === null ? "" : String(row.longitude),
  };
  for (const t of row.translations) {
    for (const key of ["name", "hostAdministration", "headTitle", "description", "mandate", "status"] as const)
      fields[`t.${t.locale}.${key}`] = t[key];
  }
  row.history.forEach((entry, i) => {
    Object.assign(fields, {
      [`history.${i}.id`]: entry.id,
      [`history.${i}.kind`]: entry.kind,
      [`history.${i}.startsOn`]: toDateInput(entry.startsOn),
      [`history.${i}.endsOn`]: toDateInput(entry.endsOn),
    });
    for (const t of entry.translations) fields[`history.${i}.summary.${t.locale}`] = t.summary;
  });
  return formDataOf({ ...fields, ...changes });
}

/** Everything a structure save may change, for before/after comparisons. */
export function structureSnapshot(id: string) {
  return prisma.structure.findUnique({
    where: { id },
    include: {
      translations: { orderBy: { locale: "asc" } },
      history: {
        include: { translations: { orderBy: { locale: "asc" } } },
        orderBy: [{ startsOn: "asc" }, { id: "asc" }],
      },
    },
  });
}

/** Everything a news save may change, for before/after comparisons. */
export function newsSnapshot(id: string) {
  return prisma.newsArticle.findUnique({
    where: { id },
    include: { translations: { orderBy: { locale: "asc" } }, structures: true, topics: true },
  });
}
