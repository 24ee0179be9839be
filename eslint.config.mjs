import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// The seams of ARCHITECTURE.md, enforced where a rule can say them.
const app = ["app/**", "components/**", "lib/**", "i18n/**", "proxy.ts"];

// scripts/ (the embedded PostgreSQL, the schema engine, the bench) is
// development tooling: the app never imports it, so Next never bundles it.
const toolingOutOfTheApp = {
  group: ["@/scripts/*", "**/scripts/*"],
  message: "scripts/ is development tooling: the app must not import it.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // Formatting is Prettier's (npm run lint runs `prettier --check`): no ESLint rule argues with it.
  prettier,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/db/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Only lib/data and lib/db talk to Prisma. Types of the generated client
    // may be named elsewhere (the `where` clauses of lib/auth/permissions.ts):
    // a type import runs no query.
    files: app,
    ignores: ["lib/data/**", "lib/db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/*", "**/lib/db/*", "!@/lib/db/generated", "!**/lib/db/generated"],
              message: "Use a function in lib/data instead of the Prisma client.",
            },
            {
              group: ["@/lib/db/generated/*", "**/lib/db/generated/*"],
              allowTypeImports: true,
              message: "Only types of the Prisma client may be imported outside lib/data.",
            },
            toolingOutOfTheApp,
          ],
        },
      ],
    },
  },
  {
    // lib/data and lib/db may use the Prisma client, but no tooling either.
    files: ["lib/data/**", "lib/db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [toolingOutOfTheApp] }] },
  },
  {
    // lib/config*.ts is the one reader of the environment (validated with zod).
    // Where Next allows no import of it, a disable comment says why.
    files: [...app, "instrumentation.ts", "next.config.ts", "cache-handler.mjs"],
    ignores: ["lib/config*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration through lib/config.ts (getConfig) or lib/config-schema.ts.",
        },
      ],
    },
  },
]);
