import { splitKeepingEnds } from "@/lib/core/versions/lines";

interface Props {
  content: string;
  /** What screen readers call the region. */
  label: string;
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
export function SourceText({ content, label, maxLines, className = "", testId }: Props) {
  const all = splitKeepingEnds(content);
  const lines = maxLines === undefined ? all : all.slice(0, maxLines);
  return (
    <pre tabIndex={0} role="region" aria-label={label} data-testid={testId} className={`source-text ${className}`}>
      {lines.map((line, index) => (
        <span key={index} className="source-line">
          {line.endsWith("\n") ? line : `${line}\n`}
        </span>
      ))}
    </pre>
  );
}
