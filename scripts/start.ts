import { buildIfStale } from "./build-if-stale";

// `npm start` on a fresh clone: build once, then run the server (which migrates and seeds).
process.env.NEXT_TELEMETRY_DISABLED = "1";
buildIfStale();
void import("../server");
