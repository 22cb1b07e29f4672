"use client";

import { usePathname } from "next/navigation";
import { useRef, useState, type ReactNode } from "react";
import { useShortcut } from "@/components/hooks/use-shortcut";

/**
 * The header's links and controls: in a row on wide screens, behind a Menu button on narrow
 * ones (they need ~800 px in a row). The menu closes on Escape and when the page changes.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  // Open for one page only: navigating anywhere closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  useShortcut(
    "Escape",
    () => {
      setOpenOn(null);
      button.current?.focus();
    },
    { enabled: open },
  );
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="header-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="ml-auto rounded-md border border-zinc-200 px-2.5 py-1 text-sm lg:hidden"
      >
        Menu
      </button>
      <div
        id="header-menu"
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-12 z-40 flex-col items-start gap-4 border-b border-zinc-200 bg-white p-4 shadow-lg lg:static lg:z-auto lg:flex lg:flex-1 lg:flex-row lg:items-center lg:gap-6 lg:border-0 lg:p-0 lg:shadow-none`}
      >
        {children}
      </div>
    </>
  );
}
