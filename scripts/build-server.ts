// Part of `npm run build`: compiles server.ts (the custom server with the
// request seam, and the lib/ modules it imports) into one JavaScript file,
// .next/portal-server.mjs, which `npm start` runs with plain Node: no
// TypeScript loader in the serving process (it would cost a thread and tens
// of MB of memory). Packages stay external (node_modules). `npm run dev`
// runs server.ts itself, through tsx.
import { build } from "esbuild";
import path from "node:path";
import { compiledServer } from "./server-process";

async function main() {
  await build({
    entryPoints: [path.resolve("server.ts")],
    outfile: compiledServer,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.resolve("tsconfig.json"),
    logLevel: "warning",
    banner: { js: "// Compiled from server.ts by scripts/build-server.ts; do not edit." },
  });
  console.log(`Compiled server.ts to ${path.relative(process.cwd(), compiledServer)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
