"use client";

import { LazyMonacoEditor } from "@/components/editor/lazy-monaco-editor";

export function ReadOnlySource({ content }: { content: string }) {
  return <LazyMonacoEditor defaultValue={content} readOnly ariaLabel="Version source (read-only)" />;
}
