// Issue 18, item 10: the review comment follows the shared text rules (a NUL
// used to give the generic error page; BEL, ESC sequences and U+202E were
// stored and shown to the centre and in the audit log), and the names of
// uploaded evidence lose C1 and direction controls.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { reviewReportAction, submitReportAction } from "@/lib/actions/plans";
import { newFormToken } from "@/lib/data/create-once";
import messages from "@/messages/en.json";
import { formDataOf } from "../support/form-data";
import { samplePdf } from "../support/meeting-parts";
import { createEuropePlan } from "../support/plan-fixtures";
import { createdId, submitCreate } from "../support/redirects";
import { setTestUser } from "../support/test-session";
import { demoUsers } from "../support/test-users";

let users: Awaited<ReturnType<typeof demoUsers>>;

beforeAll(async () => {
  users = await demoUsers();
});
afterEach(() => setTestUser(null));

const returnWith = (report: { id: string; version: number }, comment: string) =>
  reviewReportAction(null, formDataOf({ reportId: report.id, version: report.version, decision: "return", comment }));

describe("the review comment", () => {
  it("refuses NUL, BEL and ESC next to the field, keeps the text, and changes nothing", async () => {
    const { report } = await createEuropePlan({ withReport: true });
    setTestUser(users.staffEurope);
    for (const bad of ["Missing\u0000 list", "Ring\u0007 the bell", "Colour \u001b[31mred\u001b[0m"]) {
      const result = await returnWith(report!, bad);
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: { comment: [messages.Validation.controlCharacters] },
        values: { comment: bad },
      });
    }
    expect(await prisma.progressReport.findUniqueOrThrow({ where: { id: report!.id } })).toMatchObject({
      status: "SUBMITTED",
      reviewComment: "",
    });
    expect(await prisma.auditLog.count({ where: { entityId: report!.id, action: "report.return" } })).toBe(0);
  });

  it("drops direction overrides, keeps line breaks and Arabic marks", async () => {
    const { report } = await createEuropePlan({ withReport: true });
    setTestUser(users.staffEurope);
    // Saved: the reviewer is sent back to the report, told it was returned.
    const outcome = await submitCreate(returnWith(report!, "Please add\u202E the list.\nشكرًا\u200F"));
    expect(outcome).toMatchObject({ redirected: true, location: `/en/staff/reports/${report!.id}?reviewed=return` });
    expect((await prisma.progressReport.findUniqueOrThrow({ where: { id: report!.id } })).reviewComment).toBe(
      "Please add the list.\nشكرًا\u200F",
    );
  });
});

describe("the name of an uploaded evidence file", () => {
  it("loses C1 and direction controls", async () => {
    const { activity, indicators } = await createEuropePlan();
    setTestUser(users.rtcBishkek);
    const id = await createdId(
      submitReportAction(
        null,
        formDataOf({
          activityId: activity.id,
          formToken: newFormToken(),
          periodStart: "2027-02-01",
          periodEnd: "2027-04-30",
          reportedStatus: "IN_PROGRESS",
          [`value.${indicators[0].id}`]: "1",
          "t.en.narrative": "The list is attached.",
          evidenceTitle: "List",
          evidence: samplePdf("list\u0085\u009b\u202Efdp.exe.pdf"),
        }),
      ),
    );
    const [document] = await prisma.progressReportDocument.findMany({ where: { reportId: id } });
    expect(document.fileName).toBe("listfdp.exe.pdf");
  });
});
