import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { AuthForm } from "@/components/auth/auth-form";
import { isFirstRun } from "@/lib/server/auth/is-first-run";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  await connection();
  if (await isFirstRun()) redirect("/setup");
  const { next } = await searchParams;
  return (
    <div className="mx-auto w-full max-w-sm flex-1 px-4 py-12">
      <h1 className="text-xl font-semibold tracking-tight">Create an account</h1>
      <p className="mt-1 text-sm text-zinc-600">Joining a team? Open the invite link you were sent; it brings you back here.</p>
      <AuthForm mode="sign-up" next={typeof next === "string" ? next : undefined} />
    </div>
  );
}
