import { currentWorkspaceAccess } from "@/app/_lib/authorized-action";
import { zipQuerySchema } from "@/lib/contracts/download";
import { zipLibraryDocuments } from "@/lib/server/documents/zip-library-documents";
import { errorResponse } from "@/lib/server/http/error-response";

const ZIP_NAMES = { "claude-agent": "claude-agents", "cursor-rule": "cursor-rules", markdown: "markdown" } as const;

/** "agents-claude-agents.zip" for the folder "team/agents": ASCII, so no header encoding is needed. */
function zipName(folder: string, target: keyof typeof ZIP_NAMES): string {
  const name = folder.split("/").at(-1)?.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|-+$/g, "") ?? "";
  return `${name ? `${name}-` : ""}${ZIP_NAMES[target]}.zip`;
}

/** A folder of the current workspace's library (or its documents carrying `tag`s) as a zip of one tool's files. */
export async function GET(request: Request) {
  try {
    const { access } = await currentWorkspaceAccess("document.read");
    const params = new URL(request.url).searchParams;
    const query = zipQuerySchema.parse({ as: params.get("as") ?? undefined, folder: params.get("folder") ?? undefined, tag: params.getAll("tag") });
    const { zip } = await zipLibraryDocuments({ access, target: query.as, tags: query.tag, folder: query.folder });
    return new Response(Buffer.from(zip), {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${zipName(query.folder, query.as)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
