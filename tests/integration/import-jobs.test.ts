// Issue 23: an import from the staff screen runs as a job whose row the
// screen shows: the records processed out of the total, then what was made
// and each thing skipped with its reason. One running import a user, held
// by the database under concurrency; a job stopped with its server does not
// block the next import; a user sees only their own jobs.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { FieldValidationError, NotFoundError } from "@/lib/errors/app-errors";
import { getImportJob, runImportJob, startImportJob } from "@/lib/data/imports/import-jobs";
import type { ImportItem } from "@/lib/import/types";
import { demoUsers } from "../support/test-users";

let users: Awaited<ReturnType<typeof demoUsers>>;
beforeAll(async () => {
  users = await demoUsers();
});

const item = (n: number): ImportItem => ({
  source: `https://customs-news.example.net/en/items/harbour-${n}`,
  sourceUrl: `https://customs-news.example.net/en/items/harbour-${n}`,
  title: `Harbour patrol report ${n}`,
  language: "en",
  publishedOn: "2024-02-01",
  body: `Patrol boats inspected ${n} vessels in the harbour.`,
  translationGroup: null,
  images: [`/pictures/harbour-${n}.png`],
});
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe("an import job", () => {
  it("counts its progress, then what was made and the images the budget skipped", async () => {
    const actor = users.staffEurope;
    const items = [item(1), item(2), item(3)];
    const job = await startImportJob({ actor, total: items.length });
    expect(await getImportJob({ actor, id: job.id })).toMatchObject({ status: "RUNNING", processed: 0, total: 3 });

    const seen: number[] = [];
    const watch = setInterval(async () => {
      const row = await prisma.importJob.findUnique({ where: { id: job.id }, select: { processed: true } });
      if (row) seen.push(row.processed);
    }, 1);
    await runImportJob({
      actor,
      jobId: job.id,
      items,
      keep: [0, 1, 2],
      pairs: {},
      imageBudget: { files: 2, bytes: 1024 * 1024 },
      loadImage: async () => ({ bytes: png, kind: "png" }),
    });
    clearInterval(watch);

    const done = await getImportJob({ actor, id: job.id });
    expect(done).toMatchObject({ status: "DONE", processed: 3, total: 3, created: 3, unchanged: 0, updates: 0 });
    expect(done.problems).toEqual([
      {
        kind: "image",
        source: "https://customs-news.example.net/en/items/harbour-3",
        detail: expect.stringMatching(/limit of 2 images/),
      },
    ]);
    expect(seen.every((n) => n >= 0 && n <= 3)).toBe(true);
    // Ended: the user may import again.
    const next = await startImportJob({ actor, total: 1 });
    await runImportJob({ actor, jobId: next.id, items: [item(1)], keep: [0], pairs: {} });
    expect(await getImportJob({ actor, id: next.id })).toMatchObject({ status: "DONE", unchanged: 1, created: 0 });
  });

  it("lists each attachment not imported, with why", async () => {
    const actor = users.staffEurope;
    const job = await startImportJob({ actor, total: 1 });
    const linked = { ...item(21), images: [], body: "The patrol's [yearly summary](/files/summary.pdf) is out." };
    await runImportJob({ actor, jobId: job.id, items: [linked], keep: [0], pairs: {} });
    expect((await getImportJob({ actor, id: job.id })).problems).toEqual([
      {
        kind: "attachment",
        source: "https://customs-news.example.net/en/items/harbour-21",
        detail: expect.stringMatching(/^\/files\/summary\.pdf: not imported: the item reports no meeting/),
      },
    ]);
  });

  it("one running import a user, even when two start at once", async () => {
    const actor = users.admin;
    const results = await Promise.allSettled([
      startImportJob({ actor, total: 1 }),
      startImportJob({ actor, total: 1 }),
      startImportJob({ actor, total: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(FieldValidationError);
    const running = (results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ id: string }>).value;
    await runImportJob({ actor, jobId: running.id, items: [item(9)], keep: [0], pairs: {} });
    const again = await startImportJob({ actor, total: 1 });
    await runImportJob({ actor, jobId: again.id, items: [item(9)], keep: [0], pairs: {} });
    expect(await getImportJob({ actor, id: again.id })).toMatchObject({ status: "DONE", unchanged: 1 });
  });

  it("a job stopped with its server is shown as stopped and does not block the next import", async () => {
    const actor = users.staffEurope;
    const stuck = await startImportJob({ actor, total: 5 });
    await prisma.$executeRaw`UPDATE "ImportJob" SET "updatedAt" = now() - interval '11 minutes' WHERE id = ${stuck.id}`;
    expect((await getImportJob({ actor, id: stuck.id })).status).toBe("FAILED");
    const next = await startImportJob({ actor, total: 1 });
    expect(next.id).not.toBe(stuck.id);
    expect(await prisma.importJob.findUniqueOrThrow({ where: { id: stuck.id } })).toMatchObject({
      status: "FAILED",
      runningFor: null,
    });
  });

  it("a failure ends the job with its reason; another user cannot see it", async () => {
    const actor = users.admin;
    const job = await startImportJob({ actor, total: 1 });
    // The import refuses (an actor who may not import): the job ends, marked stopped, with why.
    await runImportJob({ actor: users.rtcBishkek, jobId: job.id, items: [item(4)], keep: [0], pairs: {} });
    const ended = await getImportJob({ actor, id: job.id });
    expect(ended.status).toBe("FAILED");
    expect(ended.problems).toEqual([{ kind: "stopped", source: "", detail: expect.any(String) }]);
    await expect(getImportJob({ actor: users.staffEurope, id: job.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startImportJob({ actor, total: 1 })).resolves.toBeTruthy();
  });
});
