import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Two production instances behind a load balancer, sharing PostgreSQL, Redis
// and S3-compatible storage (scripts/instances/server.ts).
const port = Number(process.env.INSTANCES_PORT ?? 3400);

export default defineConfig({
  ...base,
  testDir: "tests/instances",
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: "npx tsx scripts/instances/server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { INSTANCES_PORT: String(port) },
  },
});
