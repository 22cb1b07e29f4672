"use client";

import { loader } from "@monaco-editor/react";

let monacoReady: Promise<void> | undefined;

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
    const monaco = await import("./monaco-bundle");
    loader.config({ monaco });
  })();
  return monacoReady;
}
