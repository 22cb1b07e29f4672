import type { OnMount } from "@monaco-editor/react";

/** Monaco's namespace and an editor instance, as @monaco-editor/react hands them over on mount. */
export type MonacoInstance = Parameters<OnMount>[1];
export type CodeEditor = Parameters<OnMount>[0];
