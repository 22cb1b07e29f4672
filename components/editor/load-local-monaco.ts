"use client";

import { loader } from "@monaco-editor/react";

export type MonacoStatus = "loading" | "ready" | "failed";

let monacoReady: Promise<void> | undefined;
let status: MonacoStatus = "loading";

/**
 * Points @monaco-editor/react at the Monaco installed with the app instead of its default CDN,
 * so the editor works with no network. Runs once, in the browser only.
 */
export function loadLocalMonaco(): Promise<void> {
  monacoReady ??= (async () => {
    self.MonacoEnvironment = {
      // Markdown needs no language worker: the editor worker alone serves every model.
      getWorker: () =>
        new Worker(new URL("monaco-editor/editor/editor.worker.js", import.meta.url), { type: "module" }),
    };
    try {
      const monaco = await import("./monaco-bundle");
      loader.config({ monaco });
      status = "ready";
    } catch (error) {
      status = "failed";
      throw error;
    }
  })();
  return monacoReady;
}

export function monacoStatus(): MonacoStatus {
  return status;
}
