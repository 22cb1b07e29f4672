import type { MonacoInstance } from "./monaco-editor";

export const LIGHT_THEME = "light";
export const DARK_THEME = "dramatis-dark";

/**
 * Monaco's dark theme, with diff backgrounds toned down: on vs-dark's own, orange Markdown
 * code on an inserted line reached only 2.8:1. These keep every token above 4.5:1.
 */
export function defineThemes(monaco: MonacoInstance): void {
  monaco.editor.defineTheme(DARK_THEME, {
    base: "vs-dark",
    inherit: true,
    rules: [],
    colors: {
      "diffEditor.insertedLineBackground": "#3fb9500d",
      "diffEditor.insertedTextBackground": "#3fb9501a",
      "diffEditor.removedLineBackground": "#f851490d",
      "diffEditor.removedTextBackground": "#f851491a",
    },
  });
}
