import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { currentUser } from "@/app/_lib/session";
import { AuthForm } from "@/components/auth/auth-form";
import { isFirstRun } from "@/lib/server/auth/is-first-run";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  await connection();
  if (await isFirstRun()) redirect("/setup");
  const { next } = await searchParams;
  if (await currentUser()) redirect(typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/");
  return (
    <div className="mx-auto w-full max-w-sm flex-1 px-4 py-12">
      <h1 className="text-xl font-semibold tracking-tight">Sign in to Dramatis</h1>
      <AuthForm mode="sign-in" next={typeof next === "string" ? next : undefined} />
    </div>
  );
}
