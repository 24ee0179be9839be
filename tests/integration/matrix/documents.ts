// One matrix case per document mutation: each cell gets a fresh Europe meeting with two documents.
import {
  deleteDocumentAction,
  moveDocumentAction,
  updateDocumentAction,
  uploadDocumentAction,
} from "@/lib/actions/documents";
import { createTestMeeting, documentSnapshot, samplePdf } from "../../support/meeting-parts";
import { formDataOf } from "../../support/form-data";
import { europeContent, type MatrixCase } from "./types";

async function prepareWith(
  fields: (meeting: Awaited<ReturnType<typeof createTestMeeting>>) => Record<string, string | number | Blob>,
) {
  const meeting = await createTestMeeting("EUR");
  return { formData: formDataOf(fields(meeting)), snapshot: () => documentSnapshot(meeting.id) };
}

export const documentsMatrixCases: MatrixCase[] = [
  {
    name: "document.upload",
    action: uploadDocumentAction,
    allowed: europeContent,
    prepare: () =>
      prepareWith((m) => ({
        meetingId: m.id,
        version: m.version,
        title: "Matrix minutes",
        language: "en",
        file: samplePdf(),
      })),
  },
  {
    name: "document.update",
    action: updateDocumentAction,
    allowed: europeContent,
    prepare: () =>
      prepareWith((m) => ({
        meetingId: m.id,
        version: m.version,
        documentId: m.documents[0].id,
        title: "Renamed by the matrix",
        language: "ar",
      })),
  },
  {
    name: "document.move",
    action: moveDocumentAction,
    allowed: europeContent,
    prepare: () =>
      prepareWith((m) => ({ meetingId: m.id, version: m.version, itemId: m.documents[0].id, direction: "down" })),
  },
  {
    name: "document.delete",
    action: deleteDocumentAction,
    allowed: europeContent,
    prepare: () => prepareWith((m) => ({ meetingId: m.id, version: m.version, documentId: m.documents[1].id })),
  },
];
