import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-md flex-1 px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">You can’t do this here</h1>
      <p className="mt-2 text-sm text-zinc-600">
        Your role in this workspace doesn’t include this. Ask an owner of the workspace if you need it.
      </p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium underline">
        Back to the library
      </Link>
    </div>
  );
}
