"use client";

import { useCallback, useSyncExternalStore } from "react";

// Until accounts exist, the name written into versions is remembered in this browser.
const KEY = "dramatis.authorName";
const DEFAULT_NAME = "Anonymous";
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAuthorName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(KEY) || DEFAULT_NAME,
    () => DEFAULT_NAME,
  );
  const setName = useCallback((next: string) => {
    window.localStorage.setItem(KEY, next);
    listeners.forEach((listener) => listener());
  }, []);
  return [name, setName];
}
