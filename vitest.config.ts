import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      // The two request-bound seams, replaced for tests (see the files):
      // the session (cookies) and next-intl's request-scoped translations.
      "@/lib/auth/session": path.resolve(__dirname, "tests/support/test-session.ts"),
      // Work queued after the response: tests run it when they choose.
      "@/lib/actions/after-response": path.resolve(__dirname, "tests/support/after-response.ts"),
      "next-intl/server": path.resolve(__dirname, "tests/support/next-intl-server.ts"),
      "@": path.resolve(__dirname),
      // Data modules import "server-only", which throws outside React Server Components.
      "server-only": path.resolve(__dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    // next-auth and next-intl import "next/server" and "next/navigation"
    // without an extension, which Node's own ESM resolver refuses outside
    // Next.js: let Vite resolve them.
    server: { deps: { inline: ["next-auth", "next-intl"] } },
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup-file.ts"],
    // Integration files share one PostgreSQL server, each with its own database.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
