/// <reference lib="webworker" />
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";

// Exact counts on request ("Count exactly"): the tokenizer's tables are a megabyte, so they
// load only then, off the page's main thread. Each answer names the texts it counted.
self.onmessage = (event: MessageEvent<{ id: number; source: string; rendered: string }>) => {
  const { id, source, rendered } = event.data;
  self.postMessage({ id, source: countTokens(source), rendered: countTokens(rendered), of: [source, rendered] });
};
