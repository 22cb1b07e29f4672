import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { DiffControls } from "@/components/document/diff-controls";
import { TextDiff } from "@/components/document/text-diff";
import { diffQuerySchema } from "@/lib/contracts/diff";
import { parseQueryValues } from "@/lib/contracts/values";
import { describeSectionChange } from "@/lib/core/outline/section-changes";
import { compareVersions } from "@/lib/server/documents/compare-versions";
import { renderWithIncludes } from "@/lib/server/render/render-with-includes";
import { getDocument } from "@/lib/server/documents/get-document";
import { isAppError } from "@/lib/server/errors";
import { loadOr404 } from "@/app/_lib/load-or-404";
import { pageDocument } from "@/app/_lib/guard";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { title: "Compare versions" };

export default async function DiffPage({ params, searchParams }: Props) {
  await connection();
  const { slug } = await params;
  const query = diffQuerySchema.safeParse(await searchParams);
  if (!query.success) notFound();
  const { access } = await pageDocument(slug, "document.read", (to) => `/d/${to}/diff`);
  const doc = await getDocument({ access });
  const to = query.data.to ?? doc.head.number;
  const from = query.data.from ?? Math.max(1, to - 1);
  const diff = await loadOr404(() => compareVersions({ access, from, to }));
  const parsedValues = parseQueryValues(query.data.values);
  const values = parsedValues.ok ? parsedValues.values : {};
  let rendered: string[] | null = null;
  let renderRefusal: string | null = null;
  if (query.data.mode === "rendered") {
    try {
      // Both versions with the same values (each with its own form's defaults), as the API would.
      rendered = [];
      for (const ref of [from, to]) rendered.push((await renderWithIncludes({ access, ref, values, formDefaults: true })).result.text);
    } catch (error) {
      if (!isAppError(error) || (error.code !== "render_limit" && error.code !== "invalid_input")) throw error;
      renderRefusal = `${error.message} The sources are compared instead.`;
    }
  }

  return (
    <div className="flex h-[calc(100vh-3rem)] flex-col">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-zinc-200 bg-white px-4 py-2.5">
        <h1 className="text-lg font-semibold tracking-tight">
          <Link href={`/d/${slug}`} className="hover:underline">
            {diff.document.title}
          </Link>{" "}
          <span className="text-zinc-500">
            · v{from} → v{to}
          </span>
        </h1>
      </div>
      <div className="border-b border-zinc-200 bg-zinc-50 px-4 py-2 text-sm" data-testid="section-summary">
        {diff.sections.length === 0 ? (
          <span className="text-zinc-600">These versions are identical.</span>
        ) : (
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {diff.sections.map((change) => (
              <li key={change.section} className="font-mono text-xs text-zinc-700">
                {describeSectionChange(change)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {renderRefusal && (
        <p role="alert" className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900" data-testid="render-limit">
          {renderRefusal}
        </p>
      )}
      <DiffControls slug={slug} versions={diff.document.versionNumbers} from={from} to={to} view={query.data.view} mode={query.data.mode} values={query.data.values} />
      <TextDiff
        before={rendered?.[0] ?? diff.from.content}
        after={rendered?.[1] ?? diff.to.content}
        sideBySide={query.data.view === "split"}
        label={`Changes from v${from} to v${to}`}
      />
    </div>
  );
}
