// Authorization matrix: every mutation of the staff news editor.
import { randomBytes } from "node:crypto";
import { changeNewsPublicationAction, createNewsAction, deleteNewsAction, updateNewsAction } from "@/lib/actions/news";
import { prisma } from "@/lib/db/client";
import { newFormToken } from "@/lib/data/create-once";
import { formDataOf } from "../../support/form-data";
import { newsEditForm, newsSnapshot } from "../../support/staff-forms";
import { europeContent, onlyAdmin, type MatrixCase } from "./types";

const unique = () => randomBytes(4).toString("hex");
const regionId = async (code: string) => (await prisma.region.findUniqueOrThrow({ where: { code } })).id;

/** A fresh article (English text only), written straight to the database. */
async function article(region: string | null, published = false) {
  const tag = unique();
  return prisma.newsArticle.create({
    data: {
      slug: `matrix-news-${tag}`,
      regionId: region ? await regionId(region) : null,
      ...(published ? { status: "PUBLISHED" as const, publishedAt: new Date() } : {}),
      translations: {
        create: {
          locale: "en",
          title: `Matrix article ${tag}`,
          body: "Body.",
          status: published ? "PUBLISHED" : "DRAFT",
        },
      },
    },
  });
}

const publication = (change: string) => async () => {
  const row = await article("EUR", change !== "publish");
  return {
    formData: formDataOf({ id: row.id, version: row.version, step: "confirm", change, locales: ["en"] }),
    snapshot: () => newsSnapshot(row.id),
  };
};

export const newsMatrixCases: MatrixCase[] = [
  {
    name: "news.delete of a Europe draft (confirmed)",
    action: deleteNewsAction,
    allowed: europeContent,
    async prepare() {
      const row = await article("EUR");
      return {
        formData: formDataOf({ id: row.id, version: row.version, confirm: "yes" }),
        snapshot: () => newsSnapshot(row.id),
      };
    },
  },
  {
    name: "news.create in the Europe region",
    action: createNewsAction,
    allowed: europeContent,
    async prepare() {
      const title = `Matrix created article ${unique()}`;
      const formData = formDataOf({ formToken: newFormToken(), regionId: await regionId("EUR"), "t.en.title": title });
      return {
        formData,
        snapshot: () => prisma.newsArticle.findMany({ where: { translations: { some: { title } } } }),
      };
    },
  },
  {
    name: "news.update of a Europe draft",
    action: updateNewsAction,
    allowed: europeContent,
    async prepare() {
      const row = await article("EUR");
      return {
        formData: await newsEditForm(row.id, { "t.en.title": "Changed by the matrix" }),
        snapshot: () => newsSnapshot(row.id),
      };
    },
  },
  {
    name: "news.publication.publish of a Europe draft",
    action: changeNewsPublicationAction,
    allowed: europeContent,
    prepare: publication("publish"),
  },
  {
    name: "news.publication.unpublish of a Europe article",
    action: changeNewsPublicationAction,
    allowed: europeContent,
    prepare: publication("unpublish"),
  },
  {
    name: "news.update of an article without a region",
    action: updateNewsAction,
    allowed: onlyAdmin,
    async prepare() {
      const row = await article(null);
      return {
        formData: await newsEditForm(row.id, { "t.en.excerpt": "Changed by the matrix" }),
        snapshot: () => newsSnapshot(row.id),
      };
    },
  },
];
