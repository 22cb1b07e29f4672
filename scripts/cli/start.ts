import { buildIfStale } from "../dev/build-if-stale";
import { runServerBundle } from "./run-server-bundle";

// `npm start` on a fresh clone: build once, then run the server (which migrates and seeds).
process.env.NEXT_TELEMETRY_DISABLED = "1";
buildIfStale();
runServerBundle(process.argv.slice(2));
