/// <reference lib="webworker" />
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";
import { countText } from "@/lib/core/text/counts";

// Counting tokens of a long document takes milliseconds and the tokenizer's tables are large,
// so both live here, off the page's main thread and out of its first download.
self.onmessage = (event: MessageEvent<{ id: number; source: string; rendered: string }>) => {
  const { id, source, rendered } = event.data;
  self.postMessage({
    id,
    source: { ...countText(source), tokens: countTokens(source) },
    rendered: { ...countText(rendered), tokens: countTokens(rendered) },
  });
};
