"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { countText, type TextCounts } from "@/lib/core/text/counts";
import { estimateTokens, type TokenBasis } from "@/lib/core/text/estimate-tokens";

/** `exact`: the tokenizer's own count; otherwise an estimate from the saved version's. */
export type Counts = TextCounts & { tokens: number; exact: boolean };

export interface CountsState {
  source: Counts;
  rendered: Counts;
  /** Starts the in-browser tokenizer (a megabyte of tables) for exact counts; null once started. */
  countExactly: (() => void) | null;
}

// How long to wait for an idle moment before asking the server anyway.
const IDLE_TIMEOUT_MS = 2000;
// When the tokenizer cannot be reached, estimate from nothing: four characters a token.
const NO_BASIS: TokenBasis = { characters: 0, tokens: 0 };

/**
 * Counts for the source and the rendered text. Characters, words and lines are counted here;
 * tokens come from the server, counted exactly once per saved version
 * (`/d/<slug>/v/<n>/tokens`), and are estimated from that while the text differs from it, so
 * the page never downloads the tokenizer unless the person asks for exact counts. Until the
 * saved version's count arrives (asked for when the page is idle) the counts read "Counting…".
 */
export function useCounts({ slug, head, source, rendered, enabled }: { slug: string; head: { number: number; content: string }; source: string; rendered: string; enabled: boolean }): CountsState | null {
  const basis = useVersionTokens(slug, head.number, enabled);
  const exact = useExactTokens(source, rendered);
  const sourceText = useMemo(() => countText(source), [source]);
  const renderedText = useMemo(() => countText(rendered), [rendered]);
  if (!basis) return null;
  const tokensOf = (text: string, counted: TextCounts, exactTokens: number | null): Counts => {
    if (exactTokens !== null) return { ...counted, tokens: exactTokens, exact: true };
    if (basis.number === head.number && basis.characters === counted.characters && text === head.content) return { ...counted, tokens: basis.tokens, exact: true };
    return { ...counted, tokens: estimateTokens(counted.characters, basis), exact: false };
  };
  return {
    source: tokensOf(source, sourceText, exact.counts?.source ?? null),
    rendered: tokensOf(rendered, renderedText, exact.counts?.rendered ?? null),
    countExactly: exact.started ? null : exact.start,
  };
}

function useVersionTokens(slug: string, number: number, enabled: boolean): (TokenBasis & { number: number }) | null {
  const [basis, setBasis] = useState<(TokenBasis & { number: number }) | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const ask = () => {
      fetch(`/d/${encodeURIComponent(slug)}/v/${number}/tokens`)
        .then((response) => (response.ok ? (response.json() as Promise<TokenBasis>) : NO_BASIS))
        .catch(() => NO_BASIS)
        .then((counted) => {
          if (!cancelled) setBasis({ number, characters: counted.characters, tokens: counted.tokens });
        });
    };
    const idle = "requestIdleCallback" in window ? window.requestIdleCallback(ask, { timeout: IDLE_TIMEOUT_MS }) : null;
    const timer = idle === null ? setTimeout(ask, 200) : null;
    return () => {
      cancelled = true;
      if (idle !== null) window.cancelIdleCallback(idle);
      if (timer !== null) clearTimeout(timer);
    };
  }, [slug, number, enabled]);
  return basis;
}

/** Exact counts from the tokenizer in a worker, once started; each answer for the newest text. */
function useExactTokens(source: string, rendered: string) {
  const [worker, setWorker] = useState<Worker | null>(null);
  const [counts, setCounts] = useState<{ source: number; rendered: number; of: [string, string] } | null>(null);
  const latest = useRef(0);

  const start = () => {
    const instance = new Worker(new URL("./counts.worker.ts", import.meta.url), { type: "module" });
    instance.onmessage = (event: MessageEvent<{ id: number; source: number; rendered: number; of: [string, string] }>) => {
      if (event.data.id === latest.current) setCounts(event.data);
    };
    setWorker(instance);
  };
  useEffect(() => () => worker?.terminate(), [worker]);

  useEffect(() => {
    if (!worker) return;
    const timer = setTimeout(() => {
      latest.current += 1;
      worker.postMessage({ id: latest.current, source, rendered });
    }, latest.current === 0 ? 0 : 150);
    return () => clearTimeout(timer);
  }, [worker, source, rendered]);

  // An answer counts only for the text it was counted from; until the next, the estimate shows.
  const current = counts && counts.of[0] === source && counts.of[1] === rendered ? counts : null;
  return { started: worker !== null, start, counts: current };
}
