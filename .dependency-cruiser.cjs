/**
 * No import cycles, type-only imports included: `npm run lint` runs this after ESLint (layer
 * rules live in eslint.config.mjs). Chosen over eslint-plugin-import-x's no-cycle because it
 * was the faster of the two here (see README, Map of the code).
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules must form layers: move what both sides need into a module of its own (e.g. lib/core/template/node-base.ts).",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|\\.next|lib/server/generated)/" },
    tsConfig: { fileName: "tsconfig.json" },
    // Count `import type` too: a cycle of types is still two modules that cannot be understood apart.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".mts", ".js", ".mjs", ".json"] },
  },
};
