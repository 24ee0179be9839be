import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// Files of this test go to a scratch folder (set before the storage is first used).
process.env.UPLOAD_DIR = await mkdtemp(path.join(os.tmpdir(), "portal-test-zip-"));

const { prisma } = await import("@/lib/db/client");
const { getStorage } = await import("@/lib/storage/storage");
const { GET: downloadAll } = await import("@/app/api/meetings/[slug]/documents.zip/route");
const { GET: downloadOne } = await import("@/app/api/documents/[id]/route");
const { updateDocumentAction } = await import("@/lib/actions/documents");
const { changeMeetingPublicationAction, updateMeetingAction } = await import("@/lib/actions/meetings");
const { getPublishedMeeting } = await import("@/lib/data/meetings/get-published-meeting");
const { setTestUser } = await import("../support/test-session");
const { demoUsers } = await import("../support/test-users");
const { createEuropeMeeting, meetingEditForm, publishMeeting, toFormData } =
  await import("../support/meeting-fixtures");
const { readZip } = await import("../support/read-zip");

let users: Awaited<ReturnType<typeof demoUsers>>;
beforeAll(async () => {
  users = await demoUsers();
});
afterEach(() => {
  setTestUser(null);
  vi.restoreAllMocks();
});

const fetchZip = (slug: string, headers: Record<string, string> = {}) =>
  downloadAll(new Request(`http://localhost/api/meetings/${slug}/documents.zip`, { headers }), {
    params: Promise.resolve({ slug }),
  });

/** Stores a document of the meeting (bytes in storage, row in the database). */
async function addDocument(
  meetingId: string,
  position: number,
  title: string,
  content: string,
  isPublic = true,
  agendaItemId: string | null = null,
) {
  const bytes = new TextEncoder().encode(`%PDF-1.4\n% ${content}\n`);
  const storageKey = `documents/${meetingId}/zip-test-${position}.pdf`;
  await getStorage().put(storageKey, bytes);
  return prisma.meetingDocument.create({
    data: {
      meetingId,
      position,
      title,
      language: "en",
      storageKey,
      fileName: `${title.toLowerCase().replaceAll(" ", "-")}.pdf`,
      mimeType: "application/pdf",
      sizeBytes: bytes.byteLength,
      isPublic,
      agendaItemId,
    },
  });
}

async function publicMeetingWithDocuments() {
  const meeting = await createEuropeMeeting({ status: "PUBLISHED", published: true });
  await addDocument(meeting.id, 0, "Programme", "the programme of the days");
  await addDocument(meeting.id, 1, "Summary record", "what was said and agreed");
  await addDocument(meeting.id, 2, "Programme", "a second file of the same name");
  return meeting;
}

describe("download all public documents", () => {
  it("streams exactly the meeting's documents, one file at a time, never reading a whole file into memory", async () => {
    const meeting = await publicMeetingWithDocuments();
    // Documents of another meeting, and of a draft meeting, must never appear.
    const other = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    await addDocument(other.id, 0, "Not this one", "another meeting's file");

    const storage = getStorage();
    const read = vi.spyOn(storage, "get");
    const open = storage.stream.bind(storage);
    let openNow = 0;
    let mostOpen = 0;
    vi.spyOn(storage, "stream").mockImplementation(async (key) => {
      const stream = (await open(key)) as Readable;
      openNow += 1;
      mostOpen = Math.max(mostOpen, openNow);
      stream.once("close", () => (openNow -= 1));
      return stream;
    });

    const response = await fetchZip(meeting.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toContain(`${meeting.slug}-documents.zip`);
    // Cached by shared caches under the meeting's surrogate key, revalidated by browsers.
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=0, s-maxage=\d+/);
    expect(response.headers.get("xkey")).toMatch(/^\S+$/);
    const body = new Uint8Array(await response.arrayBuffer());
    expect(Number(response.headers.get("content-length"))).toBe(body.byteLength);

    const entries = await readZip(body);
    expect(entries.map((e) => e.name)).toEqual(["01 programme.pdf", "02 summary-record.pdf", "03 programme.pdf"]);
    expect(entries.map((e) => e.bytes.toString("latin1"))).toEqual([
      "%PDF-1.4\n% the programme of the days\n",
      "%PDF-1.4\n% what was said and agreed\n",
      "%PDF-1.4\n% a second file of the same name\n",
    ]);
    expect(read).not.toHaveBeenCalled();
    expect(mostOpen).toBe(1);

    // The same files again: the browser's copy is still good.
    const again = await fetchZip(meeting.slug, { "if-none-match": response.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("changes with the meeting's documents: a removed document leaves the archive and its validator changes", async () => {
    const meeting = await publicMeetingWithDocuments();
    const before = await fetchZip(meeting.slug);
    await prisma.meetingDocument.deleteMany({ where: { meetingId: meeting.id, title: "Summary record" } });
    const after = await fetchZip(meeting.slug, { "if-none-match": before.headers.get("etag")! });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    expect((await readZip(new Uint8Array(await after.arrayBuffer()))).map((e) => e.name)).toEqual([
      "01 programme.pdf",
      "02 programme.pdf",
    ]);
  });

  it("leaves out staff-only documents, everywhere the public looks; staff mark them with the rename form", async () => {
    const meeting = await publicMeetingWithDocuments();
    const internal = await addDocument(meeting.id, 3, "Internal briefing", "not for the public", false);
    const entries = await readZip(new Uint8Array(await (await fetchZip(meeting.slug)).arrayBuffer()));
    expect(entries.map((e) => e.name)).toEqual(["01 programme.pdf", "02 summary-record.pdf", "03 programme.pdf"]);
    const page = await getPublishedMeeting({ locale: "en", slug: meeting.slug });
    expect(page?.documents.map((d) => d.title)).toEqual(["Programme", "Summary record", "Programme"]);
    const fetchOne = (id: string) =>
      downloadOne(new Request(`http://localhost/api/documents/${id}`), { params: Promise.resolve({ id }) });
    expect((await fetchOne(internal.id)).status).toBe(404);
    setTestUser(users.staffEurope);
    const staffCopy = await fetchOne(internal.id);
    expect(staffCopy.status).toBe(200);
    expect(staffCopy.headers.get("cache-control")).toBe("private, no-store");

    // Ticking "staff only" on a public document takes it out; unticking puts it back.
    const summary = await prisma.meetingDocument.findFirstOrThrow({
      where: { meetingId: meeting.id, title: "Summary record" },
    });
    const rename = async (fields: Record<string, string>) => {
      const { version } = await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
      const form = {
        meetingId: meeting.id,
        version: String(version),
        documentId: summary.id,
        title: "Summary record",
        language: "en",
      };
      return updateDocumentAction(null, toFormData({ ...form, ...fields }));
    };
    expect(await rename({ staffOnly: "on" })).toMatchObject({ ok: true });
    setTestUser(null);
    const fewer = await readZip(new Uint8Array(await (await fetchZip(meeting.slug)).arrayBuffer()));
    expect(fewer.map((e) => e.name)).toEqual(["01 programme.pdf", "02 programme.pdf"]);
    setTestUser(users.staffEurope);
    expect(await rename({})).toMatchObject({ ok: true });
    expect(await prisma.meetingDocument.findUniqueOrThrow({ where: { id: summary.id } })).toMatchObject({
      isPublic: true,
    });
  });

  it("includes the public documents of agenda items and never their staff-only ones", async () => {
    const meeting = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    const [opening, reports] = meeting.agendaItems;
    await addDocument(meeting.id, 0, "Programme", "the programme of the days");
    await addDocument(meeting.id, 1, "Opening slides", "shown at the opening", true, opening.id);
    await addDocument(meeting.id, 2, "Speaking notes", "for the chair's eyes only", false, opening.id);
    await addDocument(meeting.id, 3, "Centre report", "one centre's year", true, reports.id);
    const entries = await readZip(new Uint8Array(await (await fetchZip(meeting.slug)).arrayBuffer()));
    expect(entries.map((e) => e.name)).toEqual(["01 programme.pdf", "02 opening-slides.pdf", "03 centre-report.pdf"]);
    expect(entries.map((e) => e.bytes.toString("latin1")).join("")).not.toContain("chair's eyes");
    // The page shows the same public set, each on its item.
    const page = await getPublishedMeeting({ locale: "en", slug: meeting.slug });
    expect(page?.documents.map((d) => [d.title, d.agendaItemId])).toEqual([
      ["Programme", null],
      ["Opening slides", opening.id],
      ["Centre report", reports.id],
    ]);
  });

  it("has nothing for a draft meeting, an unpublished one, one without documents or an unknown slug", async () => {
    const draft = await createEuropeMeeting();
    await addDocument(draft.id, 0, "Draft programme", "not public yet");
    expect((await fetchZip(draft.slug)).status).toBe(404);

    const unpublished = await publicMeetingWithDocuments();
    await prisma.meeting.update({ where: { id: unpublished.id }, data: { status: "DRAFT" } });
    expect((await fetchZip(unpublished.slug)).status).toBe(404);

    const empty = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    expect((await fetchZip(empty.slug)).status).toBe(404);
    expect((await fetchZip("no-such-meeting")).status).toBe(404);
    expect((await fetchZip("bad\u0000slug")).status).toBe(404);
  });
});

describe("partial translations", () => {
  /** A public meeting with an English text, agenda and outcomes, and a French translation of only its title and summary. */
  async function partlyFrench() {
    const meeting = await createEuropeMeeting();
    setTestUser(users.staffEurope);
    const saved = await updateMeetingAction(
      null,
      await meetingEditForm(meeting.id, {
        "t.en.body": "The centres compare their **training calendars**.",
        "t.fr.title": "Réunion d’essai",
        "t.fr.summary": "Les centres de la région se réunissent.",
      }),
    );
    expect(saved).toMatchObject({ ok: true });
    return meeting;
  }

  it("the publish confirmation lists what each language being published lacks", async () => {
    const meeting = await partlyFrench();
    const { version } = await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    const review = await changeMeetingPublicationAction(
      null,
      toFormData({ id: meeting.id, version, step: "review", change: "publish", locales: ["en", "fr"] }),
    );
    expect(review).toMatchObject({
      ok: true,
      data: {
        step: "review",
        gaps: [{ locale: "fr", present: ["title", "summary"], missing: ["body", "agenda", "outcomes"] }],
      },
    });
    // English alone: nothing is missing from what is published.
    const englishOnly = await changeMeetingPublicationAction(
      null,
      toFormData({ id: meeting.id, version, step: "review", change: "publish", locales: ["en"] }),
    );
    expect(englishOnly).toMatchObject({ ok: true, data: { step: "review", gaps: [] } });
  });

  it("shows French visitors the English text, agenda and outcomes, each marked as English", async () => {
    const meeting = await partlyFrench();
    expect(await publishMeeting(meeting.id, "publish", ["en", "fr"])).toMatchObject({ ok: true });
    const page = await getPublishedMeeting({ locale: "fr", slug: meeting.slug });
    expect(page?.text).toMatchObject({ locale: "fr", title: "Réunion d’essai", body: "" });
    expect(page?.body).toEqual({ source: "The centres compare their **training calendars**.", locale: "en" });
    expect(page?.agenda.map((item) => item.locale)).toEqual(["en", "en"]);
    expect(page?.outcomes.map((outcome) => outcome.locale)).toEqual(["en", "en"]);
    // English visitors read their own text, unmarked.
    const english = await getPublishedMeeting({ locale: "en", slug: meeting.slug });
    expect(english?.body).toEqual({ source: "The centres compare their **training calendars**.", locale: "en" });
  });
});
