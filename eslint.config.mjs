import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// Layer rules: lib/core is pure TypeScript (no React, Next, Prisma, Node or server code), and
// client-facing components never import server code. CI runs this through `npm test`.
const CORE_FORBIDDEN = [
  { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "lib/core is pure TypeScript: no React." },
  { group: ["next", "next/*"], message: "lib/core is pure TypeScript: no Next.js." },
  { group: ["@prisma/*", "**/generated/prisma/**", "prisma"], message: "lib/core is pure TypeScript: no Prisma." },
  { group: ["@/lib/server/**", "**/lib/server/**", "@/components/**", "@/app/**"], message: "lib/core must not depend on outer layers." },
  { group: ["node:*", "fs", "path", "crypto", "child_process"], message: "lib/core runs in the browser too: no Node built-ins (tests may use them)." },
];

// The Prisma client lives behind lib/server use cases: pages, actions and components call a use
// case instead of querying, so every query stays scoped and testable in one layer.
const PRISMA_OUTSIDE_SERVER = {
  group: ["@prisma/*", "prisma", "@/lib/server/db/**", "**/lib/server/db/**", "@/lib/server/generated/**", "**/lib/server/generated/**"],
  message: "Only lib/server queries the database: call a use case in lib/server instead of the Prisma client.",
};

// The same rule everywhere else (lib/core, lib/contracts, e2e, the entry point): the Prisma
// client and generated types belong to lib/server and scripts (CLIs, seeding) alone. It uses
// ESLint's own no-restricted-imports, so the layer rules below (typescript-eslint's rule of the
// same name) can set their own patterns without replacing this one.
const PRISMA_CLIENT = {
  group: ["@prisma/*", "prisma", "@/lib/server/db/client", "**/lib/server/db/client", "@/lib/server/generated/**", "**/lib/server/generated/**"],
  message: "Only lib/server and scripts use the Prisma client: call a use case in lib/server instead.",
};

// lib/server and lib/contracts serve pages, the API (outside Next) and the CLIs alike.
const LIB_FORBIDDEN = [
  { group: ["next", "next/*", "react", "react-dom", "react/*"], message: "lib/server and lib/contracts do not depend on Next or React; page helpers live in app/." },
  { group: ["@/app/**", "@/components/**"], message: "lib/ must not depend on app/ or components/." },
];

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "lib/server/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.tsx", "components/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    ignores: ["lib/server/**", "scripts/**", "prisma.config.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [PRISMA_CLIENT] }] },
  },
  {
    files: ["lib/core/**/*.ts"],
    ignores: ["lib/core/**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: CORE_FORBIDDEN }] },
  },
  {
    files: ["lib/core/**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: CORE_FORBIDDEN.slice(0, 4) }],
    },
  },
  {
    // Use cases and contracts serve pages, the API (outside Next) and the CLIs alike.
    files: ["lib/server/**/*.ts", "lib/contracts/**/*.ts"],
    ignores: ["lib/server/generated/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: LIB_FORBIDDEN,
        },
      ],
    },
  },
  {
    // Use cases publish events after commit; live drafts subscribe. A use case that reached
    // into collab code would make every save depend on the sockets of this one process.
    files: ["lib/server/**/*.ts"],
    ignores: ["lib/server/collab/**", "lib/server/generated/**", "lib/server/**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            ...LIB_FORBIDDEN,
            {
              group: ["./collab/**", "../collab/**", "../../collab/**", "../../../collab/**", "@/lib/server/collab/**", "**/lib/server/collab/**"],
              message: "Use cases publish domain events (lib/server/events); live drafts subscribe. Do not import collab code.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [PRISMA_OUTSIDE_SERVER] }] },
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/**", "**/lib/server/**"],
              allowTypeImports: true,
              message: "Components reach the server through server actions or API routes, never by importing it.",
            },
            PRISMA_OUTSIDE_SERVER,
          ],
        },
      ],
    },
  },
);
