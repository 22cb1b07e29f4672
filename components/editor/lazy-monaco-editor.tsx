"use client";

import dynamic from "next/dynamic";
import { EditorPlaceholder } from "./monaco-editor-placeholder";

/** Monaco touches `window` when it loads, so it is never rendered on the server. */
export const LazyMonacoEditor = dynamic(() => import("./monaco-editor"), {
  ssr: false,
  loading: () => <EditorPlaceholder />,
});
