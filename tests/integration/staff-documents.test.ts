import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

// Uploads of this file go to a scratch folder (set before the storage is first used).
const uploadDir = await mkdtemp(path.join(os.tmpdir(), "portal-test-uploads-"));
process.env.UPLOAD_DIR = uploadDir;

const { prisma } = await import("@/lib/db/client");
const { countQueries } = await import("../support/queries");
const { deleteDocumentAction, moveDocumentAction, updateDocumentAction, uploadDocumentAction } =
  await import("@/lib/actions/documents");
const { listDocuments } = await import("@/lib/data/meetings/manage-documents");
const { getPublishedMeeting } = await import("@/lib/data/meetings/get-published-meeting");
const { GET: download } = await import("@/app/api/documents/[id]/route");
const { getStorage } = await import("@/lib/storage/storage");
const { SEED_SLUGS } = await import("@/prisma/seed/keys");
const { setTestUser } = await import("../support/test-session");
const { demoUsers, otherRegionStaff, otherRtcRep } = await import("../support/test-users");
const { createTestMeeting, documentSnapshot, exeRenamedPdf, formDataOf, samplePdf } =
  await import("../support/meeting-parts");

type User = Awaited<ReturnType<typeof otherRegionStaff>>;
let users: Awaited<ReturnType<typeof demoUsers>> & { staffAsia: User; rtcBudapest: User };

beforeAll(async () => {
  users = { ...(await demoUsers()), staffAsia: await otherRegionStaff(), rtcBudapest: await otherRtcRep() };
});
afterEach(() => setTestUser(null));

const storedFiles = async () =>
  (await readdir(uploadDir, { recursive: true })).filter((f) => /\.\w+$/.test(String(f))).length;
const fetchDocument = (id: string) =>
  download(new Request(`http://localhost/api/documents/${id}`), { params: Promise.resolve({ id }) });

describe("meeting documents", () => {
  it("uploads a PDF for Europe's staff: stored under a random key, typed by content, audited", async () => {
    const meeting = await createTestMeeting();
    setTestUser(users.staffEurope);
    const result = await uploadDocumentAction(
      null,
      formDataOf({
        meetingId: meeting.id,
        version: meeting.version,
        title: "Minutes",
        language: "ru",
        file: samplePdf("Протокол заседания.PDF"),
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const after = await documentSnapshot(meeting.id);
    expect(after.meeting.version).toBe(meeting.version + 1);
    const doc = after.meeting.documents[2];
    expect(doc).toMatchObject({ title: "Minutes", language: "ru", position: 2, fileName: "Протокол заседания.PDF" });
    expect(doc.storageKey).toMatch(new RegExp(`^documents/${meeting.id}/[0-9a-f-]{36}\\.pdf$`));
    expect(await getStorage().get(doc.storageKey)).not.toBeNull();
    expect(await prisma.auditLog.count({ where: { entityId: meeting.id, action: "meeting.document.create" } })).toBe(1);

    // Staff may download it while the meeting is a draft; nobody else can even tell it exists.
    const staffDownload = await fetchDocument(doc.id);
    expect(staffDownload.status).toBe(200);
    expect(staffDownload.headers.get("content-type")).toBe("application/pdf");
    expect(staffDownload.headers.get("x-content-type-options")).toBe("nosniff");
    expect(staffDownload.headers.get("cache-control")).toBe("private, no-store");
    expect(staffDownload.headers.get("content-disposition")).toBe(
      `attachment; filename="________ _________.PDF"; filename*=UTF-8''${encodeURIComponent("Протокол заседания.PDF")}`,
    );
    expect(new TextDecoder().decode(await staffDownload.arrayBuffer())).toMatch(/^%PDF-1\.4/);
    for (const who of [null, users.staffAsia, users.rtcBudapest] as const) {
      setTestUser(who);
      expect((await fetchDocument(doc.id)).status).toBe(404);
    }
  });

  it("refuses an .exe renamed .pdf, and a 20 MB file, with a field error and nothing stored", async () => {
    const meeting = await createTestMeeting();
    setTestUser(users.staffEurope);
    const before = await documentSnapshot(meeting.id);
    const files = await storedFiles();
    const exe = await uploadDocumentAction(
      null,
      formDataOf({
        meetingId: meeting.id,
        version: meeting.version,
        title: "Agenda",
        language: "en",
        file: exeRenamedPdf(),
      }),
    );
    expect(exe).toMatchObject({
      ok: false,
      fieldErrors: { file: ["This type of file is not accepted: upload a PDF, Word, Excel or PowerPoint file."] },
      values: { title: "Agenda" },
    });
    const big = new Uint8Array(20 * 1024 * 1024);
    big.set(new TextEncoder().encode("%PDF-1.7\n"));
    const huge = await uploadDocumentAction(
      null,
      formDataOf({
        meetingId: meeting.id,
        version: meeting.version,
        title: "Annexes",
        language: "en",
        file: new File([big], "annexes.pdf", { type: "application/pdf" }),
      }),
    );
    expect(huge).toMatchObject({
      ok: false,
      fieldErrors: { file: ["The file is larger than 10 MB. Nothing was uploaded."] },
      values: { title: "Annexes" },
    });
    const empty = await uploadDocumentAction(
      null,
      formDataOf({
        meetingId: meeting.id,
        version: meeting.version,
        title: "",
        language: "xx",
        file: new File([], ""),
      }),
    );
    expect(empty).toMatchObject({
      ok: false,
      fieldErrors: {
        title: ["This field is required."],
        language: ["This value is not valid."],
        file: ["This field is required."],
      },
    });
    expect(await documentSnapshot(meeting.id)).toEqual(before);
    expect(await storedFiles()).toBe(files);
  });

  it("renames, reorders and deletes documents (the bytes too), refusing stale versions", async () => {
    const meeting = await createTestMeeting();
    setTestUser(users.admin);
    const [agenda, report] = meeting.documents;
    await getStorage().put(report.storageKey, new TextEncoder().encode("%PDF-1.4"));
    let version = meeting.version;
    expect(
      await updateDocumentAction(
        null,
        formDataOf({ meetingId: meeting.id, version, documentId: agenda.id, title: "Final agenda", language: "es" }),
      ),
    ).toMatchObject({ ok: true });
    version += 1;
    expect(
      await moveDocumentAction(
        null,
        formDataOf({ meetingId: meeting.id, version, itemId: report.id, direction: "up" }),
      ),
    ).toMatchObject({ ok: true });
    version += 1;
    let snapshot = await documentSnapshot(meeting.id);
    expect(snapshot.meeting.documents.map((d) => [d.title, d.language, d.position])).toEqual([
      ["Report", "fr", 0],
      ["Final agenda", "es", 1],
    ]);

    const stale = await updateDocumentAction(
      null,
      formDataOf({
        meetingId: meeting.id,
        version: version - 1,
        documentId: agenda.id,
        title: "Overwritten?",
        language: "en",
      }),
    );
    expect(stale).toMatchObject({
      ok: false,
      message: expect.stringContaining("Nothing was overwritten"),
      values: { title: "Overwritten?" },
    });
    expect(await documentSnapshot(meeting.id)).toEqual(snapshot);

    expect(
      await deleteDocumentAction(null, formDataOf({ meetingId: meeting.id, version, documentId: report.id })),
    ).toMatchObject({ ok: true });
    snapshot = await documentSnapshot(meeting.id);
    expect(snapshot.meeting.documents.map((d) => [d.id, d.position])).toEqual([[agenda.id, 0]]);
    expect(await getStorage().get(report.storageKey)).toBeNull();
    const audit = await prisma.auditLog.findMany({
      where: { entityId: meeting.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "meeting.document.update",
      "meeting.document.move",
      "meeting.document.delete",
    ]);
  });

  it.each([
    ["the RTC representative", "rtcBishkek"],
    ["another region's staff", "staffAsia"],
    ["another RTC's representative", "rtcBudapest"],
    ["an anonymous visitor", "anonymous"],
  ] as const)("refuses %s and changes nothing", async (_label, who) => {
    const meeting = await createTestMeeting();
    setTestUser(who === "anonymous" ? null : users[who]);
    const before = await documentSnapshot(meeting.id);
    const files = await storedFiles();
    const ref = { meetingId: meeting.id, version: meeting.version };
    const [doc] = meeting.documents;
    const results = [
      await uploadDocumentAction(null, formDataOf({ ...ref, title: "Sneaky", language: "en", file: samplePdf() })),
      await updateDocumentAction(null, formDataOf({ ...ref, documentId: doc.id, title: "Sneaky", language: "en" })),
      await moveDocumentAction(null, formDataOf({ ...ref, itemId: doc.id, direction: "down" })),
      await deleteDocumentAction(null, formDataOf({ ...ref, documentId: doc.id })),
    ];
    for (const result of results)
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/not allowed|Sign in again/) });
    expect(await documentSnapshot(meeting.id)).toEqual(before);
    expect(await storedFiles()).toBe(files);
  });

  it("serves documents of public meetings to anyone, with safe headers", async () => {
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.bishkek2021 } });
    setTestUser(users.staffEurope);
    const name = 'Decisions "final"\r\nX-Evil: 1.pdf';
    expect(
      await uploadDocumentAction(
        null,
        formDataOf({
          meetingId: meeting.id,
          version: meeting.version,
          title: "Decisions",
          language: "en",
          file: samplePdf(name),
        }),
      ),
    ).toMatchObject({ ok: true });
    setTestUser(null);
    const published = await getPublishedMeeting({ locale: "en", slug: SEED_SLUGS.bishkek2021 });
    const listed = published?.documents.find((d) => d.title === "Decisions");
    expect(listed).toBeDefined();
    const response = await fetchDocument(listed!.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(
      /^attachment; filename="Decisions _final_X-Evil: 1\.pdf"; filename\*=UTF-8''Decisions%20%22final%22X-Evil%3A%201\.pdf$/,
    );
    expect(disposition).not.toMatch(/[\r\n]/);
    expect(JSON.stringify(published)).not.toContain("storageKey");
    expect((await fetchDocument("does-not-exist")).status).toBe(404);
    expect((await fetchDocument("../../etc/passwd")).status).toBe(404);
  });

  it("reads the editor in one query however many documents", async () => {
    const meeting = await createTestMeeting();
    const empty = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.draftMeeting } });
    const count = async (id: string) => {
      const { result, queries } = await countQueries(() => listDocuments({ actor: users.staffEurope, meetingId: id }));
      return { queries, documents: result.length };
    };
    const a = await count(meeting.id);
    const b = await count(empty.id);
    expect(a.documents).toBeGreaterThan(b.documents);
    expect(a.queries).toBe(1);
    expect(b.queries).toBe(1);
  });
});
