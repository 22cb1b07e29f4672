import { splitKeepingEnds } from "@/lib/core/versions/lines";

interface Props {
  content: string;
  /** What screen readers call the region; without one the text is not a region of its own. */
  label?: string;
  /** The number of the first line shown (a stretch of a longer text). */
  firstLine?: number;
  /** Show only the first lines (the editor's placeholder needs just a screenful). */
  maxLines?: number;
  className?: string;
  testId?: string;
}

/**
 * Text with line numbers as plain HTML: readable, searchable and copyable the moment the page
 * arrives, with no editor to download. The numbers are CSS counters (`.source-text` in
 * app/globals.css), so selecting and copying gives exactly the text.
 */
export function SourceText({ content, label, firstLine = 1, maxLines, className = "", testId }: Props) {
  const all = splitKeepingEnds(content);
  const lines = maxLines === undefined ? all : all.slice(0, maxLines);
  const chunks: string[][] = [];
  for (let start = 0; start < lines.length; start += CHUNK_LINES) chunks.push(lines.slice(start, start + CHUNK_LINES));
  return (
    <pre tabIndex={label ? 0 : undefined} role={label ? "region" : undefined} aria-label={label} data-testid={testId} className={`source-text ${className}`}>
      {chunks.map((chunk, index) => (
        // Chunks off screen are not laid out (content-visibility), so a long text paints as fast
        // as a short one; each restarts the line counter where the previous chunk ended.
        <span key={index} className="source-chunk" style={{ counterReset: `source-line ${firstLine - 1 + index * CHUNK_LINES}` }}>
          {chunk.map((line, at) => (
            <span key={at} className="source-line">
              {line.endsWith("\n") ? line : `${line}\n`}
            </span>
          ))}
        </span>
      ))}
    </pre>
  );
}

const CHUNK_LINES = 64;
