"use client";

import dynamic from "next/dynamic";
import { EditorPlaceholder } from "./monaco-editor-placeholder";

export const LazyMonacoDiffEditor = dynamic(() => import("./monaco-diff-editor"), {
  ssr: false,
  loading: () => <EditorPlaceholder />,
});
