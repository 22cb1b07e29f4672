/// <reference lib="webworker" />
import { countTextTokens } from "@/lib/core/text/count-tokens";

// Exact counts on request ("Count exactly"): the tokenizer's tables are a megabyte, so they
// load only then, off the page's main thread. Each answer names the texts it counted.
self.onmessage = (event: MessageEvent<{ id: number; source: string; rendered: string }>) => {
  const { id, source, rendered } = event.data;
  self.postMessage({ id, source: countTextTokens(source), rendered: countTextTokens(rendered), of: [source, rendered] });
};
