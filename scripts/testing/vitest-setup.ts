import { subscribeReadCache } from "@/lib/server/cache/subscribe-read-cache";

// What server.ts wires at start-up for the process's own bus, so use cases under test empty the
// read cache as they do in the app (tests of several instances wire buses of their own).
subscribeReadCache();
