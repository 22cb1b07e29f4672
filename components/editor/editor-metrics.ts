/**
 * The editor's font and line height, set explicitly rather than left to Monaco's platform
 * defaults, so the plain-text placeholder shown while Monaco loads (.source-text in
 * app/globals.css) has the same metrics and the text does not move when the editor takes over.
 */
export const EDITOR_FONT_FAMILY = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';
export const EDITOR_FONT_SIZE = 13;
export const EDITOR_LINE_HEIGHT = 19;
