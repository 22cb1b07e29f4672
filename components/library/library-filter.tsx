"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useShortcut } from "@/components/hooks/use-shortcut";

/** Searches the library through the URL (`?q=`, search-documents.ts), so a search can be shared by link. */
export function LibraryFilter({ initialQuery }: { initialQuery: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [value, setValue] = useState(initialQuery);
  const [pending, startTransition] = useTransition();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const trimmed = value.trim();
    if (trimmed === initialQuery.trim()) return;
    const timer = setTimeout(() => {
      // Other parameters (the archived view) stay as they are.
      const params = new URLSearchParams(searchParams.toString());
      // A new search starts at its first page.
      params.delete("cursor");
      if (trimmed) params.set("q", trimmed);
      else params.delete("q");
      const query = params.toString();
      startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname));
    }, 200);
    return () => clearTimeout(timer);
  }, [value, initialQuery, pathname, router, searchParams]);

  // "/" focuses the filter, as in most list views (not while typing in a field).
  useShortcut("/", () => input.current?.focus(), { skipWhileTyping: true });

  return (
    <div className="relative">
      <input
        ref={input}
        type="search"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        placeholder='Search: words, "a phrase", pre*, tag:x  /'
        maxLength={500}
        aria-label="Filter documents"
        className="w-72 rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm outline-none focus:border-zinc-500 focus:ring-2 focus:ring-zinc-200"
      />
      {pending && <span className="absolute top-2 right-8 text-xs text-zinc-500">…</span>}
    </div>
  );
}
