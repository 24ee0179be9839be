import "server-only";
// An import from the staff screen runs after the answer is sent, as a job:
// its row counts the records processed out of the total, so the screen can
// show the progress and, at the end, what was made and what was skipped
// (each with its reason). One running import a user: the unique
// `runningFor` holds the importer's id while it runs, so two at once are
// refused by the database itself. A job left running by a stopped server
// (no progress for ten minutes) is taken over by the user's next import.
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma as db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { FieldValidationError, NotFoundError } from "@/lib/errors/app-errors";
import { isUniqueViolation } from "@/lib/errors/database";
import type { ImportOutcome } from "./create-import-drafts";
import { importChosen } from "./preview-import";

/** Something an import skipped (an image, an attachment), or why it stopped; "more": how many lines were left out. */
export type ImportProblem = { kind: "image" | "attachment" | "stopped" | "more"; source: string; detail: string };

/** Lines kept about what was skipped: at most this many, each at most PROBLEM_CHARS. */
export const PROBLEM_LINES = 200;
const PROBLEM_CHARS = 500;
/** A running job without progress for this long was stopped with its server. */
export const STALLED_MS = 10 * 60 * 1000;

/** The job of one import, refused while the user's previous import still runs. */
export async function startImportJob({ actor, total }: { actor: Actor; total: number }) {
  assertCan(actor, "import.run");
  await db.importJob.updateMany({
    where: { runningFor: actor.id, updatedAt: { lt: new Date(Date.now() - STALLED_MS) } },
    data: { runningFor: null, status: "FAILED", finishedAt: new Date() },
  });
  try {
    return await db.importJob.create({
      data: { createdById: actor.id, runningFor: actor.id, total },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldValidationError({ keep: ["importRunning"] });
    throw error;
  }
}

/** The job's progress after each record. */
export async function recordImportProgress(id: string, processed: number, total: number) {
  await db.importJob.update({ where: { id }, data: { processed, total } });
}

/** The end of a job: what was made, and a line for each thing skipped or failed. */
export async function finishImportJob(
  id: string,
  result: { outcomes: ImportOutcome[]; failure?: unknown } | { outcomes?: undefined; failure: unknown },
) {
  const outcomes = result.outcomes ?? [];
  const count = (...statuses: ImportOutcome["status"][]) => outcomes.filter((o) => statuses.includes(o.status)).length;
  const problems: ImportProblem[] = [
    ...outcomes.flatMap((o) => [
      ...(o.imageFailure ? [{ kind: "image" as const, source: o.source, detail: o.imageFailure }] : []),
      ...(o.attachmentFailures ?? []).map((detail) => ({ kind: "attachment" as const, source: o.source, detail })),
    ]),
    ...(result.failure
      ? [
          {
            kind: "stopped" as const,
            source: "",
            detail: result.failure instanceof Error ? result.failure.message : String(result.failure),
          },
        ]
      : []),
  ];
  const kept = problems
    .slice(0, PROBLEM_LINES)
    .map((p) => ({ ...p, source: p.source.slice(0, PROBLEM_CHARS), detail: p.detail.slice(0, PROBLEM_CHARS) }));
  if (problems.length > PROBLEM_LINES)
    kept.push({ kind: "more", source: "", detail: String(problems.length - PROBLEM_LINES) });
  await db.importJob.update({
    where: { id },
    data: {
      runningFor: null,
      status: result.failure ? "FAILED" : "DONE",
      finishedAt: new Date(),
      created: count("created", "translation-added"),
      unchanged: count("unchanged"),
      updates: count("update-offered"),
      otherRegion: count("other-region"),
      problems: kept as Prisma.InputJsonValue,
    },
  });
}

export type ImportJobView = Awaited<ReturnType<typeof getImportJob>>;

/** One of the actor's own import jobs, as the screen shows it. */
export async function getImportJob({ actor, id }: { actor: Actor; id: string }) {
  assertCan(actor, "import.run");
  const job = await db.importJob.findFirst({
    where: { id, createdById: actor.id },
    select: {
      id: true,
      status: true,
      total: true,
      processed: true,
      created: true,
      unchanged: true,
      updates: true,
      otherRegion: true,
      problems: true,
      updatedAt: true,
    },
  });
  if (!job) throw new NotFoundError("import");
  const stalled = job.status === "RUNNING" && Date.now() - job.updatedAt.getTime() > STALLED_MS;
  return {
    ...job,
    status: stalled ? ("FAILED" as const) : job.status,
    problems: (Array.isArray(job.problems) ? job.problems : []) as unknown as ImportProblem[],
  };
}

/** The import itself, after the answer: the progress written after each record, the end in the job's row. */
export async function runImportJob({ jobId, ...chosen }: Parameters<typeof importChosen>[0] & { jobId: string }) {
  try {
    const outcomes = await importChosen({
      ...chosen,
      onProgress: (done, total) => recordImportProgress(jobId, done, total),
    });
    await finishImportJob(jobId, { outcomes });
  } catch (failure) {
    await finishImportJob(jobId, { failure });
  }
}
