import type { Metadata } from "next";
import { headers } from "next/headers";
import { THEME_SCRIPT } from "@/components/theme/theme-script";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dramatis", template: "%s · Dramatis" },
  description: "A workbench for prompt and persona documents.",
};

// `header` is a parallel route (app/@header): rendered with each page, so on a document's pages
// it can show that document's workspace and the person's role there.
export default async function RootLayout({ children, header }: { children: React.ReactNode; header: React.ReactNode }) {
  // The page's Content-Security-Policy (server.ts puts it on the request) allows inline scripts
  // only with this response's nonce; Next adds it to its own scripts, this one needs it too.
  const nonce = (await headers()).get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
  return (
    // The theme script sets the `dark` class before React hydrates; React must not undo it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        {header}
        <main id="main" tabIndex={-1} className="flex flex-1 flex-col outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
