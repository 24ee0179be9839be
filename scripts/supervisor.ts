// The supervisor of the portal's server process (server.ts): the process that
// owns the embedded PostgreSQL (npm start, npm run dev, the end-to-end and
// bench servers) starts the server as a child and, if it exits or is killed
// without being asked to, logs one line and starts it again, while
// PostgreSQL keeps running. A server that keeps dying right after start is
// restarted less and less often (up to every 10 s), not in a tight loop.
import { spawn, type ChildProcess } from "node:child_process";
import { serverArgs } from "./server-process";

export type SupervisedServer = {
  /** The pid of the server process running now (null between restarts or once stopped). */
  pid(): number | null;
  /** How many times it was started. */
  starts(): number;
  /** Stops the server and supervision (no restart). */
  stop(): Promise<void>;
  /** Starts it again after stop(). */
  start(): void;
  /** Resolves when supervision ends, with the last exit code. */
  done: Promise<number>;
};

type Options = {
  dev?: boolean;
  env: NodeJS.ProcessEnv;
  stdio?: "inherit" | "ignore" | ["ignore", "inherit" | "ignore", "inherit" | "ignore"];
  /** Called with the pid of each start. */
  onStart?: (pid: number) => void;
};

const log = (message: string) => console.error(`${new Date().toISOString()} supervisor: ${message}`);

export function superviseServer(options: Options): SupervisedServer {
  let child: ChildProcess | null = null;
  let stopping = false;
  let starts = 0;
  let delay = 500;
  let startedAt = 0;
  let resolveDone: (code: number) => void = () => {};
  const done = new Promise<number>((resolve) => (resolveDone = resolve));

  const launch = () => {
    stopping = false;
    startedAt = Date.now();
    starts += 1;
    const current = spawn(process.execPath, serverArgs({ dev: options.dev }), {
      stdio: options.stdio ?? "inherit",
      env: options.env,
    });
    child = current;
    if (current.pid) options.onStart?.(current.pid);
    current.on("exit", (code, signal) => {
      if (child === current) child = null;
      if (stopping) return resolveDone(code ?? 0);
      // A server that ran for a while gets restarted at once; one that keeps failing, less and less often.
      delay = Date.now() - startedAt > 10_000 ? 500 : Math.min(delay * 2, 10_000);
      log(
        `the server (pid ${current.pid}) exited (${signal ? `signal ${signal}` : `code ${code}`}); starting it again in ${delay} ms, the database keeps running`,
      );
      setTimeout(() => {
        if (!stopping) launch();
      }, delay).unref();
    });
  };

  const stop = async () => {
    stopping = true;
    const current = child;
    if (!current || current.exitCode !== null) return resolveDone(0);
    const exited = new Promise((resolve) => current.once("exit", resolve));
    current.kill("SIGTERM");
    const timer = setTimeout(() => current.kill("SIGKILL"), 8000);
    await exited;
    clearTimeout(timer);
  };

  launch();
  return {
    pid: () => child?.pid ?? null,
    starts: () => starts,
    stop,
    start: () => {
      if (!child) launch();
    },
    done,
  };
}
