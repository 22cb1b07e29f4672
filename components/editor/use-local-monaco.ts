"use client";

import { useSyncExternalStore } from "react";
import { loadLocalMonaco, monacoStatus } from "./load-local-monaco";

function subscribeAndLoad(onChange: () => void): () => void {
  let listening = true;
  loadLocalMonaco().then(
    () => listening && onChange(),
    () => listening && onChange(),
  );
  return () => {
    listening = false;
  };
}

const subscribeOnly = () => () => undefined;

/**
 * Loads the local Monaco once per page (when `load`: a page may wait for a better moment);
 * editors mount when `ready`. The server and the hydrating render both say "not ready", so a
 * Monaco already loaded (an earlier page) never makes the first render differ from the server's HTML.
 */
export function useLocalMonaco(load = true): { ready: boolean; failed: boolean } {
  const status = useSyncExternalStore(load ? subscribeAndLoad : subscribeOnly, monacoStatus, () => "loading" as const);
  return { ready: status === "ready", failed: status === "failed" };
}
