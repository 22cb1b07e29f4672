"use client";

import { useEffect, useRef, useState } from "react";
import { parseQueryValues } from "@/lib/contracts/values";

/**
 * Variable values kept in the URL (`?values=` as JSON), so a link reproduces the exact
 * preview, and remembered per document in this browser for the next visit.
 */
export function useUrlValues(slug: string): [Record<string, unknown>, (values: Record<string, unknown>) => void] {
  const [values, setValues] = useState<Record<string, unknown>>({});
  const loaded = useRef(false);

  useEffect(() => {
    const fromUrl = new URLSearchParams(window.location.search).get("values");
    const stored = fromUrl ?? window.localStorage.getItem(`dramatis.values.${slug}`);
    loaded.current = true;
    // A hand-edited link with broken JSON starts from an empty form.
    const parsed = parseQueryValues(stored);
    // The URL and storage are only readable after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (parsed.ok && stored) setValues(parsed.values);
  }, [slug]);

  useEffect(() => {
    if (!loaded.current) return;
    const timer = setTimeout(() => {
      const url = new URL(window.location.href);
      const json = JSON.stringify(values);
      if (json === "{}") url.searchParams.delete("values");
      else url.searchParams.set("values", json);
      window.history.replaceState(window.history.state, "", url);
      window.localStorage.setItem(`dramatis.values.${slug}`, json);
    }, 250);
    return () => clearTimeout(timer);
  }, [slug, values]);

  return [values, setValues];
}
