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
  return readForm(await response.text(), "t.en.title");
}

async function publishedMeetings(databaseUrl: string, count: number, skip = 0) {
  const prisma = createPrismaClient(databaseUrl);
  try {
    return await prisma.meeting.findMany({
      where: {
        id: { startsWith: "loadm" },
        status: "PUBLISHED",
        publishAt: null,
        translations: { some: { locale: "en", status: "PUBLISHED" } },
      },
      orderBy: { id: "asc" },
      skip,
      take: count,
      select: { id: true, slug: true },
    });
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * autocannon requests that save meetings, each in flight on one connection at
 * a time, carrying each save's new version to that meeting's next save (so no
 * save is refused as stale). autocannon resets a request's context between
 * rounds: the meetings' state lives here, and the context only says which
 * meeting a request is saving.
 */
export async function staffSaveRequests({
  app,
  databaseUrl,
  cookie,
  connections,
}: {
  app: RunningApp;
  databaseUrl: string;
  cookie: string;
  connections: number;
}) {
  const meetings = await publishedMeetings(databaseUrl, connections);
  const forms = await Promise.all(meetings.map((m) => editorForm(app, cookie, m.id)));
  const versions = forms.map((form) => Number(form.find(([name]) => name === "version")?.[1]));
  const free = meetings.map((_m, index) => index);
  let saved = 0;
  let round = 0;
  type Context = { index?: number };
  const requests: autocannon.Request[] = [
    {
      method: "POST",
      setupRequest: (request, context: Context) => {
        const index = free.pop() ?? 0;
        context.index = index;
        round += 1;
        const fields = setField(
          setField(forms[index], "version", String(versions[index])),
          "t.en.summary",
          `Saved by the benchmark, save ${round}.`,
        );
        const { body, contentType } = multipart(fields);
        return {
          ...request,
          path: `/en/staff/meetings/${meetings[index].id}`,
          body,
          headers: { ...request.headers, Cookie: cookie, "Content-Type": contentType, Origin: app.base },
        };
      },
      onResponse: (status, body, context: Context) => {
        const index = context.index ?? 0;
        const version = versionOf(body);
        if (status === 200 && version > versions[index]) {
          saved += 1;
          versions[index] = version;
        }
        free.push(index);
      },
    },
  ];
  return { requests, saved: () => saved };
}

/**
 * Milliseconds from posting a title change of a published meeting (on `app`)
 * until its public page shows the new title (on `reader`: another instance,
 * or the same one).
 */
export async function measurePublishToVisible({
  app,
  reader = app,
  databaseUrl,
  cookie,
  runs,
}: {
  app: RunningApp;
  reader?: RunningApp;
  databaseUrl: string;
  cookie: string;
  runs: number;
}) {
  const [meeting] = await publishedMeetings(databaseUrl, 1, 500);
  const publicUrl = `${reader.base}/en/meetings/${meeting.slug}`;
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await (await fetch(publicUrl)).text(); // the page is cached before the change
    const title = `Benchmark title ${Date.now()}-${run}`;
    const form = setField(await editorForm(app, cookie, meeting.id), "t.en.title", title);
    const { body, contentType } = multipart(form);
    const started = performance.now();
    const saved = await fetch(`${app.base}/en/staff/meetings/${meeting.id}`, {
      method: "POST",
      body,
      headers: { Cookie: cookie, "Content-Type": contentType, Origin: app.base },
    });
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
