import path from "node:path";

// How every serving instance is started (npm start, npm run dev, the e2e
// server, the two-instance test and the bench), so that what is measured is
// what runs.
//
// The heap cap: V8 sizes its old generation from the machine's memory (about
// 4 GB here) and, with that much room, collects lazily, so a server under
// load grew to 0.9 GB resident although what it keeps alive is far smaller.
// Capped, it collects sooner at no measured cost in req/s
// (docs/performance.md). An operator's own --max-old-space-size wins.
export const SERVER_HEAP_MB = 320;

export function serverNodeOptions(current = process.env.NODE_OPTIONS ?? ""): string {
  if (/--max-old-space-size[= ]/.test(current)) return current;
  return `${current} --max-old-space-size=${SERVER_HEAP_MB}`.trim();
}

/**
 * glibc gives each thread that allocates its own malloc arena; the threads
 * that compress responses (the request seam, zlib on libuv's pool) then
 * fragment memory that is never given back. Two arenas: measured at 100,000
 * meetings under mixed load with 800 searches, peak resident memory 642 MB →
 * 480 MB (docs/performance.md). An operator's own MALLOC_ARENA_MAX wins.
 */
export const SERVER_MALLOC_ARENAS = "2";

/** The environment of a serving instance: `env` with the heap cap and the arena limit added. */
export function servingEnvironment(env: Record<string, string | undefined> = process.env): NodeJS.ProcessEnv {
  const result = {
    ...env,
    NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS ?? ""),
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX || SERVER_MALLOC_ARENAS,
  };
  return result as unknown as NodeJS.ProcessEnv;
}

/**
 * The arguments of `node` that start the portal's server: the compiled
 * server.ts (scripts/build-server.ts, part of `npm run build`) in production,
 * server.ts itself through tsx in development.
 */
export function serverArgs(options: { dev?: boolean } = {}): string[] {
  return options.dev ? ["--import", "tsx", path.resolve("server.ts"), "--dev"] : [compiledServer];
}

/** Where `npm run build` puts the compiled server. */
export const compiledServer = path.resolve(".next/portal-server.mjs");
