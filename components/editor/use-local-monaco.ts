"use client";

import { useSyncExternalStore } from "react";
import { loadLocalMonaco, monacoStatus } from "./load-local-monaco";

function subscribe(onChange: () => void): () => void {
  let listening = true;
  loadLocalMonaco().then(
    () => listening && onChange(),
    () => listening && onChange(),
  );
  return () => {
    listening = false;
  };
}

/**
 * Loads the local Monaco once per page; editors mount when `ready`. The server and the
 * hydrating render both say "not ready", so a Monaco that arrived before hydration (it starts
 * loading with the page's code) never makes the first render differ from the server's HTML.
 */
export function useLocalMonaco(): { ready: boolean; failed: boolean } {
  const status = useSyncExternalStore(subscribe, monacoStatus, () => "loading" as const);
  return { ready: status === "ready", failed: status === "failed" };
}
