import { formatRelativeTime, formatTimestamp } from "@/lib/core/text/format";

/** Rendered on the server (pages are dynamic), so there is no hydration mismatch. */
export function RelativeTime({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} title={formatTimestamp(date)}>
      {formatRelativeTime(date)}
    </time>
  );
}
