// npm run import -- PATH... [--dry-run] [--json]
// Reads feeds (RSS 2.0, Atom), WordPress exports (WXR), saved HTML pages,
// folders of .txt/.md items and http(s) URLs, and makes draft news articles
// (and draft meetings when an item reports one). Nothing is published.
// --dry-run writes nothing; --json prints one JSON array on stdout, one
// element per item, and nothing else goes to stdout (progress and messages go
// to stderr). Like `npm run db:seed`, it starts the embedded PostgreSQL when
// DATABASE_URL is not set, to read the directory.
import path from "node:path";
import { createPrismaClient } from "../lib/db/create-client";
import { describeStartupError, openDatabase } from "./db/local";
import { applyMigrations } from "./db/schema-engine";
import { createImportDrafts } from "../lib/data/imports/create-import-drafts";
import { loadImportDirectory } from "../lib/data/imports/load-import-directory";
import { loadItemImage } from "../lib/data/imports/load-item-image";
import { importFileBudget } from "../lib/data/imports/image-budget";
import { loadItemAttachment } from "../lib/data/imports/load-item-attachment";
import { extractMeeting } from "../lib/import/extract-meeting";
import { seedDemoContent } from "../prisma/seed";
import { pairTranslations } from "../lib/import/pair-translations";
import { readSources } from "../lib/import/read-sources";

// Only the JSON goes to stdout: every other line (the database's included) to stderr.
const writeOut = process.stdout.write.bind(process.stdout);
console.log = console.error;
console.info = console.error;

const USAGE = "usage: npm run import -- PATH... [--dry-run] [--json]";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const dryRun = args.includes("--dry-run");
  const json = args.includes("--json");
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--dry-run" && a !== "--json");
  const inputs = args.filter((a) => !a.startsWith("--"));
  if (unknown.length || inputs.length === 0) {
    console.error(unknown.length ? `unknown option ${unknown.join(", ")}\n${USAGE}` : USAGE);
    return 2;
  }
  const progress = (done: number, total: number, name: string) => {
    if (process.stderr.isTTY) process.stderr.write(`\rreading ${done}/${total} ${name.slice(0, 60).padEnd(60)}`);
    else if (done === total || done % 50 === 0) console.error(`read ${done}/${total}`);
  };
  const { items, failures } = await readSources(inputs, progress);
  if (process.stderr.isTTY) process.stderr.write("\n");
  for (const failure of failures) console.error(`not imported: ${failure.source}: ${failure.reason}`);

  const db = await openDatabase();
  try {
    await applyMigrations(db.url, path.resolve("prisma/migrations"));
    const prisma = createPrismaClient(db.url);
    try {
      // A fresh clone's embedded database gets the demo content, as on `npm run dev`'s first start.
      if (db.embedded && (await prisma.structure.count()) === 0)
        await seedDemoContent(prisma, (line) => console.error(line));
      const directory = await loadImportDirectory(prisma);
      if (dryRun) {
        const proposals = items.map((item) => extractMeeting(item, directory));
        if (json) writeOut(`${JSON.stringify(proposals, null, 2)}\n`);
        else {
          for (const p of proposals) {
            const m = p.meeting;
            console.error(
              `${p.source}: ${p.title} (${p.language}, ${p.publishedOn ?? "no date"})${m ? ` — meeting ${m.kind} ${m.startDate ?? "?"}…${m.endDate ?? "?"} ${m.city ?? ""}` : ""}`,
            );
          }
          console.error(`${proposals.length} items read, ${failures.length} not read; nothing written (--dry-run).`);
        }
      } else {
        const records = pairTranslations(items);
        const budget = importFileBudget();
        const outcomes = await createImportDrafts({
          db: prisma,
          importer: "command-line",
          records,
          directory,
          onProgress: (done, total) => progress(done, total, "saving"),
          loadImage: budget.wrap(loadItemImage),
          loadAttachment: budget.wrap(loadItemAttachment),
        });
        for (const o of outcomes) {
          if (o.imageFailure) console.error(`image not imported: ${o.imageFailure}`);
          for (const failure of o.attachmentFailures ?? []) console.error(`attachment not imported: ${failure}`);
        }
        if (process.stderr.isTTY) process.stderr.write("\n");
        if (json) writeOut(`${JSON.stringify(outcomes, null, 2)}\n`);
        const count = (status: string) => outcomes.filter((o) => o.status === status).length;
        console.error(
          `${count("created")} drafts created, ${count("translation-added")} translations added, ${count("update-offered")} updates offered, ${count("unchanged")} unchanged; ${failures.length} not read.`,
        );
      }
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await db.stop();
  }
  return failures.length && items.length === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(describeStartupError(error));
    process.exit(1);
  },
);
