// Authorization matrix: every mutation of the staff news editor.
import { randomBytes } from "node:crypto";
import { createNewsAction, updateNewsAction } from "@/lib/actions/news";
import { prisma } from "@/lib/db/client";
import { formDataOf } from "../../support/form-data";
import { newsEditForm, newsSnapshot } from "../../support/staff-forms";
import { europeContent, onlyAdmin, type MatrixCase } from "./types";

const unique = () => randomBytes(4).toString("hex");
const regionId = async (code: string) => (await prisma.region.findUniqueOrThrow({ where: { code } })).id;

/** A fresh draft article (English text only), written straight to the database. */
async function draftArticle(region: string | null) {
  const tag = unique();
  return prisma.newsArticle.create({
    data: {
      slug: `matrix-news-${tag}`,
      regionId: region ? await regionId(region) : null,
      translations: { create: { locale: "en", title: `Matrix article ${tag}`, body: "Draft body." } },
    },
  });
}

export const newsMatrixCases: MatrixCase[] = [
  {
    name: "news.create in the Europe region",
    action: createNewsAction,
    allowed: europeContent,
    async prepare() {
      const title = `Matrix created article ${unique()}`;
      const formData = formDataOf({ regionId: await regionId("EUR"), status: "DRAFT", "t.en.title": title, "t.en.status": "DRAFT" });
      return { formData, snapshot: () => prisma.newsArticle.findMany({ where: { translations: { some: { title } } } }) };
    },
  },
  {
    name: "news.update of a Europe draft",
    action: updateNewsAction,
    allowed: europeContent,
    async prepare() {
      const article = await draftArticle("EUR");
      return { formData: await newsEditForm(article.id, { "t.en.title": "Changed by the matrix" }), snapshot: () => newsSnapshot(article.id) };
    },
  },
  {
    name: "news.publish of a Europe draft",
    action: updateNewsAction,
    allowed: europeContent,
    async prepare() {
      const article = await draftArticle("EUR");
      return { formData: await newsEditForm(article.id, { status: "PUBLISHED", "t.en.status": "PUBLISHED" }), snapshot: () => newsSnapshot(article.id) };
    },
  },
  {
    name: "news.update of an article without a region",
    action: updateNewsAction,
    allowed: onlyAdmin,
    async prepare() {
      const article = await draftArticle(null);
      return { formData: await newsEditForm(article.id, { "t.en.excerpt": "Changed by the matrix" }), snapshot: () => newsSnapshot(article.id) };
    },
  },
];
