import type { CodeEditor, MonacoInstance } from "./monaco-editor";

export const LEAVE_EDITOR_HINT = "Esc then Tab, or Ctrl+M, to leave the editor";

/**
 * Tab indents inside Monaco, which traps keyboard users. Escape arms a way out: until another
 * key is pressed, Tab (or Shift+Tab) moves focus to the next control instead of indenting.
 * Ctrl+M (Monaco's own tab-focus mode) toggles the same for good.
 */
export function leaveWithEscapeThenTab(editor: CodeEditor, monaco: MonacoInstance, hintId?: string): void {
  let armed = false;
  const arm = (on: boolean) => {
    if (armed === on) return;
    armed = on;
    editor.updateOptions({ tabFocusMode: on });
  };
  const modifiers = new Set([monaco.KeyCode.Shift, monaco.KeyCode.Ctrl, monaco.KeyCode.Alt, monaco.KeyCode.Meta]);
  editor.onKeyDown((event) => {
    if (event.keyCode === monaco.KeyCode.Escape) arm(true);
    else if (event.keyCode !== monaco.KeyCode.Tab && !modifiers.has(event.keyCode)) arm(false);
  });
  editor.onDidBlurEditorText(() => arm(false));
  // Screen readers hear the way out when they enter the editor.
  if (hintId) editor.getDomNode()?.querySelector("textarea")?.setAttribute("aria-describedby", hintId);
}
