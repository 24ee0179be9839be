// Issue 23: the documents an imported item links to (minutes, a programme)
// are fetched from real servers on this machine with the import's URL guard
// and the checks of a document upload, stored as documents of the draft
// meeting (staff only while it is a draft), and the body's links then point
// to the stored copies; each one skipped (too big, not a document, private
// address, no meeting to keep it with, past the import's budget) is listed
// with why, its link left to its source. 127.0.0.2 stands for a public
// server (the test's own `refuses`); 127.0.0.1 stays private.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { attachmentLoader } from "@/lib/data/imports/load-item-attachment";
import { findPublicDocument, findStaffDocument } from "@/lib/data/meetings/find-documents";
import { importChosen } from "@/lib/data/imports/preview-import";
import { isPrivateAddress } from "@/lib/import/fetch-source";
import type { ImportItem } from "@/lib/import/types";
import { getStorage } from "@/lib/storage/storage";
import { startLocalServer, type LocalServer } from "@/tests/support/local-http-server";
import { demoUsers } from "../support/test-users";

const pdf = new TextEncoder().encode("%PDF-1.4\n% minutes of the meeting, in a few bytes\n%%EOF\n");
const asIfPublic = { refuses: (a: string) => a !== "127.0.0.2" && isPrivateAddress(a) };
const load = attachmentLoader({ guard: asIfPublic, maxBytes: 4096 });
let site: LocalServer;
let inside: LocalServer;
let users: Awaited<ReturnType<typeof demoUsers>>;

beforeAll(async () => {
  users = await demoUsers();
  site = await startLocalServer("127.0.0.2", (request, response) => {
    const url = request.url ?? "";
    if (url === "/files/minutes.pdf") {
      response.setHeader("content-type", "application/pdf");
      response.end(pdf);
    } else if (url === "/files/annexes.pdf") {
      response.setHeader("content-type", "application/pdf");
      response.end(new Uint8Array(64 * 1024).fill(0x25));
    } else if (url === "/files/agenda.pdf") {
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.end("<html><body>Please sign in</body></html>");
    } else if (url === "/files/programme.docx") {
      response.setHeader("content-type", "application/octet-stream");
      response.end(new TextEncoder().encode("MZ this is a program, not a document"));
    } else if (url === "/images/hall.png") {
      response.setHeader("content-type", "image/png");
      response.end(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  inside = await startLocalServer("127.0.0.1", (_, response) => {
    response.setHeader("content-type", "application/pdf");
    response.end(pdf);
  });
});
afterAll(async () => {
  await site.close();
  await inside.close();
});

const report = (slug: string, body: string): ImportItem => ({
  source: `${site.origin}/en/news/${slug}`,
  sourceUrl: `${site.origin}/en/news/${slug}`,
  title: `Trainers of the region compare notes (${slug})`,
  language: "en",
  publishedOn: "2025-10-20",
  body,
  translationGroup: null,
  images: [],
});

describe("the documents an imported item links to", () => {
  it("are stored with the draft meeting and the links point to them; the hostile ones are listed with why", async () => {
    const body = [
      "The 9th Regional Workshop on trainers' exchanges was held on 14-16 October 2025 in Baku, Azerbaijan.",
      "",
      "Read [the minutes](/files/minutes.pdf), [the annexes](/files/annexes.pdf), [the agenda](/files/agenda.pdf)",
      `and [the programme](/files/programme.docx); [the internal note](http://127.0.0.1:${inside.port}/secret.pdf).`,
    ].join("\n");
    const [outcome] = await importChosen({
      actor: users.staffEurope,
      items: [report("trainers", body)],
      keep: [0],
      pairs: {},
      loadAttachment: load,
    });
    expect(outcome.status).toBe("created");
    expect(outcome.meetingId).not.toBeNull();

    // The minutes: one document of the draft meeting, its bytes stored, the body's link rewritten.
    const documents = await prisma.meetingDocument.findMany({ where: { meetingId: outcome.meetingId! } });
    expect(documents).toHaveLength(1);
    const [minutes] = documents;
    expect(minutes).toMatchObject({
      title: "the minutes",
      language: "en",
      fileName: "minutes.pdf",
      mimeType: "application/pdf",
      sizeBytes: pdf.byteLength,
    });
    expect(minutes.storageKey).toMatch(new RegExp(`^documents/${outcome.meetingId!.toLowerCase()}/[0-9a-f-]+\\.pdf$`));
    expect([...((await getStorage().get(minutes.storageKey)) ?? [])]).toEqual([...pdf]);
    expect(outcome.attachments).toEqual([{ source: "/files/minutes.pdf", documentId: minutes.id }]);
    const { body: stored } = await prisma.newsTranslation.findUniqueOrThrow({
      where: { articleId_locale: { articleId: outcome.articleId, locale: "en" } },
    });
    expect(stored).toContain(`[the minutes](/api/documents/${minutes.id})`);
    expect(stored).toContain("[the agenda](/files/agenda.pdf)");
    // Changed after they were made: an editor opened on either draft in between would save nothing stale.
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: outcome.meetingId! } })).version).toBe(2);
    expect((await prisma.newsArticle.findUniqueOrThrow({ where: { id: outcome.articleId } })).version).toBe(2);

    // Not public while the meeting is a draft; staff of the region may read it.
    expect(await findPublicDocument(minutes.id)).toBeNull();
    expect(await findStaffDocument({ actor: users.staffEurope, id: minutes.id })).not.toBeNull();

    // Each one skipped, with why; the private address never connected to.
    const failures = outcome.attachmentFailures ?? [];
    expect(failures).toHaveLength(4);
    expect(failures.find((f) => f.startsWith("/files/annexes.pdf"))).toMatch(/larger than/);
    expect(failures.find((f) => f.startsWith("/files/agenda.pdf"))).toMatch(/text\/html.* is not a document/);
    expect(failures.find((f) => f.startsWith("/files/programme.docx"))).toMatch(/not a PDF, Word, Excel or PowerPoint/);
    expect(failures.find((f) => f.includes("secret.pdf"))).toMatch(/private or local/);
    expect(inside.hits).toEqual([]);
  });

  it("an item that reports no meeting: its documents are listed, not fetched, and its links kept", async () => {
    const hitsBefore = site.hits.length;
    const [outcome] = await importChosen({
      actor: users.staffEurope,
      items: [report("annual-letter", "The office sent its yearly letter: see [the letter](/files/minutes.pdf).")],
      keep: [0],
      pairs: {},
      loadAttachment: load,
    });
    expect(outcome.meetingId).toBeNull();
    expect(outcome.attachmentFailures).toEqual([
      "/files/minutes.pdf: not imported: the item reports no meeting to keep it with (the link to its source is kept)",
    ]);
    expect(site.hits.length).toBe(hitsBefore);
  });

  it("count against the import's budget of files, with its images", async () => {
    const item = {
      ...report(
        "budget",
        "The 10th Regional Workshop on trainers' exchanges was held on 3-4 November 2025 in Baku, Azerbaijan. See [the minutes](/files/minutes.pdf).",
      ),
      images: ["/images/hall.png"],
    };
    const [outcome] = await importChosen({
      actor: users.staffEurope,
      items: [item],
      keep: [0],
      pairs: {},
      loadAttachment: load,
      loadImage: async () => ({ bytes: new Uint8Array(10), kind: "png" }),
      imageBudget: { files: 1, bytes: 1024 * 1024 },
    });
    expect(outcome.imageFailure).toBeUndefined();
    expect(outcome.attachmentFailures).toEqual([
      expect.stringMatching(/^\/files\/minutes\.pdf: skipped: this import's limit of 1 images and attachments/),
    ]);
    expect(await prisma.meetingDocument.count({ where: { meetingId: outcome.meetingId! } })).toBe(0);
  });
});
