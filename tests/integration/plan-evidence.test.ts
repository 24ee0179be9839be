// Evidence files of progress reports are handed out only to those who may
// read the report — the centre's representative, ROCB staff of the plan's
// region, administrators — whatever the report's state, and never to the
// public or another region or centre (a 404, as for any unknown file).
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getStorage } from "@/lib/storage/storage";
import { GET } from "@/app/api/evidence/[id]/route";
import { sessionFor } from "../support/authorization-matrix";
import { samplePdf } from "../support/meeting-parts";
import { createEuropePlan } from "../support/plan-fixtures";
import { setTestUser } from "../support/test-session";
import type { MatrixActor } from "./matrix/types";

const mayRead: Record<MatrixActor, boolean> = {
  anonymous: false,
  admin: true,
  staffEurope: true,
  staffAsia: false,
  rtcBishkek: true,
  rtcBudapest: false,
};

async function download(id: string, actor: MatrixActor) {
  setTestUser(await sessionFor(actor));
  try {
    return await GET(new Request(`http://portal.test/api/evidence/${id}`), { params: Promise.resolve({ id }) });
  } finally {
    setTestUser(null);
  }
}

describe("evidence downloads", async () => {
  const fresh = await createEuropePlan({ withReport: true });
  const bytes = new Uint8Array(await samplePdf().arrayBuffer());
  const storageKey = `evidence/${fresh.activity.id.toLowerCase()}/test-${Date.now()}.pdf`;
  await getStorage().put(storageKey, bytes);
  const file = await prisma.progressReportDocument.create({
    data: {
      reportId: fresh.report!.id,
      title: "Attendance list",
      storageKey,
      fileName: "attendance-list.pdf",
      mimeType: "application/pdf",
      sizeBytes: bytes.length,
    },
  });

  afterAll(async () => {
    await prisma.actionPlan.delete({ where: { id: fresh.plan.id } });
  });

  for (const [actor, allowed] of Object.entries(mayRead) as [MatrixActor, boolean][]) {
    it(`${allowed ? "gives" : "refuses"} a submitted report's evidence ${allowed ? "to" : "with a 404 to"} ${actor}`, async () => {
      const response = await download(file.id, actor);
      if (!allowed) {
        expect(response.status).toBe(404);
        expect(await response.text()).toBe("Not found");
        return;
      }
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toContain("attachment");
      expect(response.headers.get("content-disposition")).toContain("attendance-list.pdf");
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(response.headers.get("content-security-policy")).toContain("sandbox");
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    });
  }

  it("stays private once the report is accepted: accepted reports count publicly, their files do not", async () => {
    await prisma.progressReport.update({
      where: { id: fresh.report!.id },
      data: { status: "ACCEPTED", reviewedAt: new Date() },
    });
    expect((await download(file.id, "anonymous")).status).toBe(404);
    expect((await download(file.id, "staffAsia")).status).toBe(404);
    expect((await download(file.id, "rtcBishkek")).status).toBe(200);
  });

  it("answers a malformed or unknown id with the same 404", async () => {
    expect((await download("../../etc/passwd", "admin")).status).toBe(404);
    expect((await download("cmissingmissingmissing00", "admin")).status).toBe(404);
  });
});
