// Issue 18, item 4: records that can be taken back. Drafts (meetings, news,
// plans) are deleted from their confirmation page, audited; a public record
// is never deleted. An accepted report is reopened, audited, and its figures
// leave the public plan. Deactivating an account is asked first: a post
// without its confirmation changes nothing.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { deleteMeetingAction } from "@/lib/actions/meetings";
import { deleteNewsAction } from "@/lib/actions/news";
import { deletePlanAction, reopenReportAction } from "@/lib/actions/plans";
import { deactivateUserAction } from "@/lib/actions/users";
import { getPublishedPlan } from "@/lib/data/plans/get-public-plans";
import { getStorage } from "@/lib/storage/storage";
import messages from "@/messages/en.json";
import { formDataOf } from "../support/form-data";
import { createEuropeMeeting, uniqueSuffix } from "../support/meeting-fixtures";
import { createEuropePlan } from "../support/plan-fixtures";
import { submitCreate } from "../support/redirects";
import { setTestUser } from "../support/test-session";
import { demoUsers, otherRegionStaff } from "../support/test-users";

let users: Awaited<ReturnType<typeof demoUsers>>;

beforeAll(async () => {
  users = await demoUsers();
});
afterEach(() => setTestUser(null));

const refusedWithoutConfirmation = {
  ok: false,
  fieldErrors: { confirm: [messages.Validation.confirmRequired] },
};

describe("deleting a draft meeting", () => {
  it("needs its confirmation, deletes the draft with its parts and files, audited", async () => {
    const meeting = await createEuropeMeeting();
    const key = `documents/${meeting.id.toLowerCase()}/${uniqueSuffix()}.pdf`;
    await getStorage().put(key, new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    await prisma.meetingDocument.create({
      data: {
        meetingId: meeting.id,
        position: 0,
        title: "Agenda",
        language: "en",
        storageKey: key,
        fileName: "agenda.pdf",
        mimeType: "application/pdf",
        sizeBytes: 4,
      },
    });
    setTestUser(users.staffEurope);
    const fields = { id: meeting.id, version: meeting.version };
    expect(await deleteMeetingAction(null, formDataOf(fields))).toMatchObject(refusedWithoutConfirmation);
    expect(await prisma.meeting.count({ where: { id: meeting.id } })).toBe(1);

    // Staff of another region: refused, nothing deleted.
    setTestUser(await otherRegionStaff());
    expect(await deleteMeetingAction(null, formDataOf({ ...fields, confirm: "yes" }))).toMatchObject({
      ok: false,
      message: messages.Forms.forbidden,
    });
    setTestUser(users.staffEurope);
    const deleted = await submitCreate(deleteMeetingAction(null, formDataOf({ ...fields, confirm: "yes" })));
    expect(deleted).toMatchObject({ redirected: true, location: "/en/staff/meetings?deleted=1" });
    expect(await prisma.meeting.count({ where: { id: meeting.id } })).toBe(0);
    expect(await prisma.agendaItem.count({ where: { meetingId: meeting.id } })).toBe(0);
    expect(await getStorage().get(key)).toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "meeting.delete", entityId: meeting.id } });
    expect(audit).toMatchObject({
      actorId: users.staffEurope.id,
      before: { slug: meeting.slug, parts: { agendaItems: 2, outcomes: 2, documents: 1 } },
    });
  });

  it("never deletes a published meeting, and refuses a stale confirmation page", async () => {
    setTestUser(users.staffEurope);
    const published = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    const refused = await deleteMeetingAction(
      null,
      formDataOf({ id: published.id, version: published.version, confirm: "yes" }),
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { _form: [messages.Validation.onlyDrafts] } });
    expect(await prisma.meeting.count({ where: { id: published.id } })).toBe(1);

    const draft = await createEuropeMeeting();
    await prisma.meeting.update({ where: { id: draft.id }, data: { version: { increment: 1 } } });
    expect(
      await deleteMeetingAction(null, formDataOf({ id: draft.id, version: draft.version, confirm: "yes" })),
    ).toMatchObject({ ok: false, message: messages.Forms.stale });
    expect(await prisma.meeting.count({ where: { id: draft.id } })).toBe(1);
  });
});

describe("deleting a draft article", () => {
  it("needs its confirmation and deletes only a draft, audited", async () => {
    const region = await prisma.region.findUniqueOrThrow({ where: { code: "EUR" } });
    const article = await prisma.newsArticle.create({
      data: {
        slug: `draft-article-${uniqueSuffix()}`,
        regionId: region.id,
        translations: { create: { locale: "en", title: "A draft to delete" } },
      },
    });
    setTestUser(users.staffEurope);
    const fields = { id: article.id, version: article.version };
    expect(await deleteNewsAction(null, formDataOf(fields))).toMatchObject(refusedWithoutConfirmation);
    const deleted = await submitCreate(deleteNewsAction(null, formDataOf({ ...fields, confirm: "yes" })));
    expect(deleted).toMatchObject({ redirected: true, location: "/en/staff/news?deleted=1" });
    expect(await prisma.newsArticle.count({ where: { id: article.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "news.delete", entityId: article.id } })).toBe(1);

    const published = await prisma.newsArticle.findFirstOrThrow({
      where: { status: "PUBLISHED", regionId: region.id },
    });
    expect(
      await deleteNewsAction(null, formDataOf({ id: published.id, version: published.version, confirm: "yes" })),
    ).toMatchObject({ ok: false, fieldErrors: { _form: [messages.Validation.onlyDrafts] } });
  });
});

describe("deleting a draft plan", () => {
  it("needs its confirmation and deletes a draft plan with its activities, audited; an adopted one stays", async () => {
    const { plan, activity } = await createEuropePlan({ status: "DRAFT" });
    setTestUser(users.staffEurope);
    const fields = { planId: plan.id, version: plan.version };
    expect(await deletePlanAction(null, formDataOf(fields))).toMatchObject(refusedWithoutConfirmation);
    const deleted = await submitCreate(deletePlanAction(null, formDataOf({ ...fields, confirm: "yes" })));
    expect(deleted).toMatchObject({ redirected: true, location: "/en/staff/plans?deleted=1" });
    expect(await prisma.activity.count({ where: { id: activity.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "plan.delete", entityId: plan.id } })).toBe(1);

    const adopted = (await createEuropePlan()).plan;
    expect(
      await deletePlanAction(null, formDataOf({ planId: adopted.id, version: adopted.version, confirm: "yes" })),
    ).toMatchObject({ ok: false, fieldErrors: { _form: [messages.Validation.onlyDrafts] } });
  });
});

describe("reopening an accepted report", () => {
  it("takes its figures off the public plan, puts it back to review, audited", async () => {
    const { plan, report, indicators } = await createEuropePlan({ withReport: true });
    await prisma.progressReport.update({
      where: { id: report!.id },
      data: { status: "ACCEPTED", reviewedAt: new Date(), reviewedById: users.staffEurope.id },
    });
    const accepted = async () => {
      const page = await getPublishedPlan({ locale: "en", slug: plan.slug });
      return page?.groups
        .flatMap((g) => g.activities)
        .flatMap((a) => a.indicators)
        .find((i) => i.id === indicators[0].id)?.accepted;
    };
    expect(await accepted()).toBe(2);
    setTestUser(users.staffEurope);
    const fields = { reportId: report!.id, version: report!.version };
    expect(await reopenReportAction(null, formDataOf(fields))).toMatchObject(refusedWithoutConfirmation);
    // The centre may not reopen its own accepted report.
    setTestUser(users.rtcBishkek);
    expect(await reopenReportAction(null, formDataOf({ ...fields, confirm: "yes" }))).toMatchObject({
      ok: false,
      message: messages.Forms.forbidden,
    });
    setTestUser(users.staffEurope);
    const reopened = await submitCreate(reopenReportAction(null, formDataOf({ ...fields, confirm: "yes" })));
    expect(reopened).toMatchObject({ redirected: true, location: `/en/staff/reports/${report!.id}?reopened=1` });
    expect(await prisma.progressReport.findUniqueOrThrow({ where: { id: report!.id } })).toMatchObject({
      status: "SUBMITTED",
      reviewedById: null,
    });
    expect(await accepted()).toBe(0);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "report.reopen", entityId: report!.id } });
    expect(audit).toMatchObject({
      actorId: users.staffEurope.id,
      before: { status: "ACCEPTED" },
      after: { status: "SUBMITTED" },
    });
  });
});

describe("deactivating an account", () => {
  it("is asked first: without the confirmation nothing changes; with it the account is deactivated", async () => {
    const structure = await prisma.structure.findUniqueOrThrow({ where: { slug: "rtc-bishkek" } });
    const target = await prisma.user.create({
      data: {
        email: `deactivate.${uniqueSuffix()}@portal.test`,
        name: "To Deactivate",
        role: "RTC_REP",
        structureId: structure.id,
      },
    });
    setTestUser(users.admin);
    expect(await deactivateUserAction(null, formDataOf({ id: target.id, version: target.version }))).toMatchObject(
      refusedWithoutConfirmation,
    );
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(true);
    const done = await submitCreate(
      deactivateUserAction(null, formDataOf({ id: target.id, version: target.version, confirm: "yes" })),
    );
    expect(done).toMatchObject({ redirected: true, location: `/en/staff/users/${target.id}?deactivated=1` });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(false);
  });
});
