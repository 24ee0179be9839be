// Authorization matrix: every mutation of the structure-profile editor.
import { randomBytes } from "node:crypto";
import { createStructureAction, updateStructureAction } from "@/lib/actions/structures";
import { prisma } from "@/lib/db/client";
import { newFormToken } from "@/lib/data/create-once";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { formDataOf } from "../../support/form-data";
import { structureProfileForm, structureSnapshot } from "../../support/staff-forms";
import { bishkekProfile, onlyAdmin, type MatrixActor, type MatrixCase } from "./types";

const unique = () => randomBytes(4).toString("hex");
const structureId = async (slug: string) => (await prisma.structure.findUniqueOrThrow({ where: { slug } })).id;

/** RTC Budapest's profile: its representative, Europe's ROCB staff, administrators. */
const budapestProfile: Record<MatrixActor, boolean> = {
  anonymous: false,
  admin: true,
  staffEurope: true,
  staffAsia: false,
  rtcBishkek: false,
  rtcBudapest: true,
};

export const structureMatrixCases: MatrixCase[] = [
  {
    name: "structure.update of RTC Bishkek's phone",
    action: updateStructureAction,
    allowed: bishkekProfile,
    async prepare() {
      const id = await structureId(SEED_SLUGS.rtcBishkek);
      return {
        formData: await structureProfileForm(id, { phone: `+996 312 ${Math.floor(100000 + Math.random() * 899999)}` }),
        snapshot: () => structureSnapshot(id),
      };
    },
  },
  {
    name: "structure.update of RTC Budapest's texts and history",
    action: updateStructureAction,
    allowed: budapestProfile,
    async prepare() {
      const id = await structureId(SEED_SLUGS.rtcBudapest);
      const formData = await structureProfileForm(id, { "t.en.mandate": `Mandate ${unique()}` });
      formData.append("history.9.kind", "OTHER");
      formData.append("history.9.startsOn", "2025-01-01");
      formData.append("history.9.summary.en", `Matrix event ${unique()}`);
      return { formData, snapshot: () => structureSnapshot(id) };
    },
  },
  {
    name: "structure.update of a structure's slug (identity)",
    action: updateStructureAction,
    allowed: onlyAdmin,
    async prepare() {
      // A fresh Europe centre per cell, so an allowed change never disturbs the next one.
      const europe = await prisma.region.findUniqueOrThrow({ where: { code: "EUR" } });
      const slug = `matrix-identity-${unique()}`;
      const { id } = await prisma.structure.create({
        data: {
          slug,
          kind: "RTC",
          regionId: europe.id,
          countryCode: "GE",
          city: "Batumi",
          translations: { create: { locale: "en", name: `Matrix ${slug}` } },
        },
      });
      return {
        formData: await structureProfileForm(id, { slug: `${slug}-renamed` }),
        snapshot: () => structureSnapshot(id),
      };
    },
  },
  {
    name: "structure.create",
    action: createStructureAction,
    allowed: onlyAdmin,
    async prepare() {
      const slug = `matrix-rtc-${unique()}`;
      const regionId = (await prisma.region.findUniqueOrThrow({ where: { code: "EUR" } })).id;
      const formData = formDataOf({
        formToken: newFormToken(),
        kind: "RTC",
        regionId,
        countryCode: "GE",
        city: "Tbilisi",
        status: "ACTIVE",
        slug,
        name: `Matrix centre ${slug}`,
      });
      return { formData, snapshot: () => prisma.structure.findMany({ where: { slug } }) };
    },
  },
];
