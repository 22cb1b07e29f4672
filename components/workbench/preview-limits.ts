// Laying out megabytes of text on every keystroke stalls the page; the preview shows the
// beginning, and Copy and the downloads always carry the whole text.
export const MAX_PREVIEW_CHARS = 200_000;
