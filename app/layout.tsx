import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dramatis", template: "%s · Dramatis" },
  description: "A workbench for prompt and persona documents.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <header className="flex h-12 shrink-0 items-center gap-6 border-b border-zinc-200 bg-white px-4">
          <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
            <span aria-hidden className="grid size-6 place-items-center rounded bg-zinc-900 text-xs text-white">
              D
            </span>
            Dramatis
          </Link>
          <nav className="flex gap-4 text-sm text-zinc-600">
            <Link href="/" className="hover:text-zinc-900">
              Library
            </Link>
            <Link href="/api-docs" className="hover:text-zinc-900">
              API
            </Link>
            <Link href="/settings/api-keys" className="hover:text-zinc-900">
              API keys
            </Link>
          </nav>
        </header>
        <div className="flex flex-1 flex-col">{children}</div>
      </body>
    </html>
  );
}
