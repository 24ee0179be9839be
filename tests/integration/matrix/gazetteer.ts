// Authorization matrix: the gazetteer (a city's names in the other
// languages). Writing it from a published meeting's form needs the right to
// edit that meeting, and rights over every published record of the city
// (here a city only Europe's records use); deciding on suggested names is for
// administrators.
import { prisma } from "@/lib/db/client";
import { updateMeetingAction } from "@/lib/actions/meetings";
import { decideCitySuggestionAction } from "@/lib/actions/places";
import { formDataOf } from "../../support/form-data";
import { createEuropeMeeting, meetingEditForm, meetingSnapshot, uniqueSuffix } from "../../support/meeting-fixtures";
import { europeContent, onlyAdmin, type MatrixCase } from "./types";

const cityRows = (city: string) =>
  prisma.cityName.findMany({ where: { countryCode: "KG", city }, orderBy: { locale: "asc" } });

/** A pending suggestion for a fresh city, and the rows a decision changes. */
async function suggestion() {
  const city = `Matrix Town ${uniqueSuffix()}`;
  const row = await prisma.cityNameSuggestion.create({
    data: { countryCode: "KG", city, locale: "ru", name: "Матрица" },
  });
  return {
    row,
    snapshot: async () => ({
      suggestion: await prisma.cityNameSuggestion.findUnique({ where: { id: row.id } }),
      names: await cityRows(city),
      audit: await prisma.auditLog.count({ where: { entityType: "City", entityId: `KG/${city}` } }),
    }),
  };
}

export const gazetteerMatrixCases: MatrixCase[] = [
  {
    name: "gazetteer.write from a published Europe meeting (a city only Europe uses)",
    action: updateMeetingAction,
    allowed: europeContent,
    prepare: async () => {
      const city = `Matrix City ${uniqueSuffix()}`;
      const meeting = await createEuropeMeeting({ status: "PUBLISHED", published: true });
      await prisma.meeting.update({ where: { id: meeting.id }, data: { city } });
      const formData = await meetingEditForm(meeting.id, {
        city,
        cityNames: "1",
        cityNamesFor: `KG/${city}`,
        "cityName.ru": "Матричный город",
      });
      return {
        formData,
        snapshot: async () => ({ meeting: await meetingSnapshot(meeting.id), names: await cityRows(city) }),
      };
    },
  },
  {
    name: "gazetteer.approve a suggested name",
    action: decideCitySuggestionAction,
    allowed: onlyAdmin,
    prepare: async () => {
      const { row, snapshot } = await suggestion();
      return { formData: formDataOf({ id: row.id, decision: "approve" }), snapshot };
    },
  },
  {
    name: "gazetteer.reject a suggested name",
    action: decideCitySuggestionAction,
    allowed: onlyAdmin,
    prepare: async () => {
      const { row, snapshot } = await suggestion();
      return { formData: formDataOf({ id: row.id, decision: "reject" }), snapshot };
    },
  },
];
