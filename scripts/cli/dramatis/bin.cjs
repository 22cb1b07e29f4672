#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS bin: tsx is registered before the TypeScript is required */
// The `dramatis` bin. It runs the TypeScript sources beside it with the tsx this package
// depends on, pointed at the project's tsconfig (for its `@/` paths) whatever the current
// folder, so it works from anywhere as long as this clone's node_modules are installed.
const path = require("node:path");

process.env.TSX_TSCONFIG_PATH = path.join(__dirname, "..", "..", "..", "tsconfig.json");
require("tsx/cjs/api").register();
const { main } = require("./main.ts");
const { processIo } = require("./io.ts");

main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
