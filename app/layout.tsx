import type { Metadata } from "next";
import { AppHeader } from "./_components/app-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dramatis", template: "%s · Dramatis" },
  description: "A workbench for prompt and persona documents.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <AppHeader />
        <div className="flex flex-1 flex-col">{children}</div>
      </body>
    </html>
  );
}
