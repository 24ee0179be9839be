// Issue 23: `npm run import` run as a program, against this file's database.
// --dry-run --json prints one JSON array on stdout and nothing else; a real
// run makes drafts, and a second run of the same sources changes nothing.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";

const run = promisify(execFile);
const fixture = (name: string) => path.resolve("tests/fixtures/import", name);

async function importCli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      "npx",
      ["tsx", "--conditions=react-server", "scripts/import-cli.ts", ...args],
      {
        env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
        maxBuffer: 10 * 1024 * 1024,
        timeout: 120_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run import", () => {
  it("--dry-run --json prints only the proposals, one per item, in the issue's shape", async () => {
    const before = await prisma.newsArticle.count();
    const { code, stdout, stderr } = await importCli(
      "--dry-run",
      "--json",
      fixture("news-rss.xml"),
      fixture("export-wxr.xml"),
      fixture("text-items"),
      fixture("saved-page.html"),
      fixture("malformed.xml"),
    );
    expect(code).toBe(0);
    const proposals = JSON.parse(stdout) as Record<string, unknown>[];
    expect(proposals).toHaveLength(9);
    for (const p of proposals)
      expect(Object.keys(p).sort()).toEqual([
        "evidence",
        "isMeetingReport",
        "language",
        "meeting",
        "people",
        "publishedOn",
        "source",
        "title",
      ]);
    const astana = proposals.find((p) => p.source === "https://rocb.example.org/ru/2022/09/12-soveshchanie/")!;
    expect(astana).toMatchObject({
      language: "ru",
      publishedOn: "2022-09-30",
      isMeetingReport: true,
      meeting: {
        kind: "REGIONAL_STRUCTURES_MEETING",
        seriesNumber: 12,
        startDate: "2022-09-27",
        endDate: "2022-09-29",
        city: "Astana",
        country: "KZ",
        region: "EUR",
        hosts: [{ structure: "rtc-astana", organization: null }],
      },
    });
    expect((astana.evidence as Record<string, string>).startDate).toMatch(/^С 27 по 29 сентября 2022 года/);
    expect(stderr).toMatch(/not imported: malformed\.xml: not well-formed XML \(line 2/);
    expect(await prisma.newsArticle.count()).toBe(before);
  });

  it("imports drafts, and a second run of the same sources changes nothing", async () => {
    const first = await importCli(fixture("news-atom.xml"), fixture("text-items"));
    expect(first.code).toBe(0);
    expect(first.stdout).toBe("");
    expect(first.stderr).toMatch(
      /3 drafts created, 0 translations added, 0 updates offered, 0 unchanged; 0 not read\./,
    );
    const counts = [await prisma.newsArticle.count({ where: { status: "DRAFT" } }), await prisma.importedItem.count()];
    const second = await importCli(fixture("news-atom.xml"), fixture("text-items"));
    expect(second.stderr).toMatch(/0 drafts created, 0 translations added, 0 updates offered, 3 unchanged/);
    expect([await prisma.newsArticle.count({ where: { status: "DRAFT" } }), await prisma.importedItem.count()]).toEqual(
      counts,
    );
  });

  it("says how to use it, and exits with an error, when given nothing to import", async () => {
    const { code, stderr, stdout } = await importCli("--json");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/usage: npm run import -- PATH\.\.\. \[--dry-run\] \[--json\]/);
  });
});
