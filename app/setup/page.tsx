import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { AuthForm } from "@/components/auth/auth-form";
import { isFirstRun } from "@/lib/server/auth/is-first-run";

export const metadata: Metadata = { title: "Set up Dramatis" };

/** First run only: the first visitor becomes the owner. Once anyone has an account, this page is gone. */
export default async function SetupPage() {
  await connection();
  if (!(await isFirstRun())) redirect("/sign-in");
  return (
    <div className="mx-auto w-full max-w-sm flex-1 px-4 py-12">
      <h1 className="text-xl font-semibold tracking-tight">Welcome to Dramatis</h1>
      <p className="mt-1 text-sm text-zinc-600">
        Create the owner account. Your first workspace starts with the example documents (or the library this server already has).
      </p>
      <AuthForm mode="setup" />
    </div>
  );
}
