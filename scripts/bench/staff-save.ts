// The benchmark's staff side: saves of the meeting editor's form, posted the
// way a browser without JavaScript posts it, each connection on its own
// meeting so that no save is refused as stale; and the time from a publish
// until the public page shows it.
import { performance } from "node:perf_hooks";
import type autocannon from "autocannon";
import { createPrismaClient } from "../../lib/db/create-client";
import { multipart, readForm, setField, type FormFields } from "./html-forms";
import type { RunningApp } from "./servers";

const versionOf = (html: string) => Number(/name="version" value="(\d+)"/.exec(html)?.[1] ?? NaN);

async function editorForm(app: RunningApp, cookie: string, id: string): Promise<FormFields> {
  const response = await fetch(`${app.base}/en/staff/meetings/${id}`, { headers: { Cookie: cookie } });
  if (!response.ok) throw new Error(`editor of ${id}: HTTP ${response.status}`);
  return readForm(await response.text(), "version");
}

async function publishedMeetings(databaseUrl: string, count: number, skip = 0) {
  const prisma = createPrismaClient(databaseUrl);
  try {
    return await prisma.meeting.findMany({
      where: { id: { startsWith: "load-m" }, status: "PUBLISHED", publishAt: null, translations: { some: { locale: "en", status: "PUBLISHED" } } },
      orderBy: { id: "asc" },
      skip,
      take: count,
      select: { id: true, slug: true },
    });
  } finally {
    await prisma.$disconnect();
  }
}

/** autocannon requests that save a different meeting on each connection, carrying each save's new version to the next. */
export async function staffSaveRequests({ app, databaseUrl, cookie, connections }: { app: RunningApp; databaseUrl: string; cookie: string; connections: number }) {
  const meetings = await publishedMeetings(databaseUrl, connections);
  const forms = await Promise.all(meetings.map((m) => editorForm(app, cookie, m.id)));
  let next = 0;
  let saved = 0;
  type Context = { form?: FormFields; path?: string; version?: number; n?: number };
  const requests: autocannon.Request[] = [
    {
      method: "POST",
      setupRequest: (request, context: Context) => {
        if (!context.form) {
          const index = next++ % forms.length;
          context.form = forms[index];
          context.path = `/en/staff/meetings/${meetings[index].id}`;
          context.version = Number(context.form.find(([name]) => name === "version")?.[1]);
          context.n = 0;
        }
        context.n = (context.n ?? 0) + 1;
        const fields = setField(context.form, "version", String(context.version));
        const { body, contentType } = multipart(setField(fields, "summary_en", `Saved by the benchmark, save ${context.n}.`));
        return { ...request, path: context.path!, body, headers: { ...request.headers, Cookie: cookie, "Content-Type": contentType, Origin: app.base } };
      },
      onResponse: (status, body, context: Context) => {
        const version = versionOf(body);
        if (status === 200 && version > (context.version ?? 0)) {
          saved += 1;
          context.version = version;
        }
      },
    },
  ];
  return { requests, saved: () => saved };
}

/** Milliseconds from posting a title change of a published meeting until its public page shows the new title. */
export async function measurePublishToVisible({ app, databaseUrl, cookie, runs }: { app: RunningApp; databaseUrl: string; cookie: string; runs: number }) {
  const [meeting] = await publishedMeetings(databaseUrl, 1, 500);
  const publicUrl = `${app.base}/en/meetings/${meeting.slug}`;
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await (await fetch(publicUrl)).text(); // the page is cached before the change
    const title = `Benchmark title ${Date.now()}-${run}`;
    const form = setField(await editorForm(app, cookie, meeting.id), "title_en", title);
    const { body, contentType } = multipart(form);
    const started = performance.now();
    const saved = await fetch(`${app.base}/en/staff/meetings/${meeting.id}`, { method: "POST", body, headers: { Cookie: cookie, "Content-Type": contentType, Origin: app.base } });
    await saved.text();
    for (;;) {
      const html = await (await fetch(publicUrl)).text();
      if (html.includes(title)) break;
      if (performance.now() - started > 30_000) throw new Error("the change did not show within 30 s");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { runs: times, median: times[Math.floor(times.length / 2)], max: times[times.length - 1] };
}
