import { currentWorkspaceAccess } from "@/app/_lib/authorized-action";
import { zipQuerySchema } from "@/lib/contracts/download";
import { zipLibraryDocuments } from "@/lib/server/documents/zip-library-documents";
import { errorResponse } from "@/lib/server/http/error-response";

const ZIP_NAMES = { "claude-agent": "claude-agents", "cursor-rule": "cursor-rules", markdown: "markdown" } as const;

/** The current workspace's library (or the documents carrying `tag`s) as a zip of one tool's files. */
export async function GET(request: Request) {
  try {
    const { access } = await currentWorkspaceAccess("document.read");
    const params = new URL(request.url).searchParams;
    const query = zipQuerySchema.parse({ as: params.get("as") ?? undefined, tag: params.getAll("tag") });
    const { zip } = await zipLibraryDocuments({ access, target: query.as, tags: query.tag });
    return new Response(Buffer.from(zip), {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${ZIP_NAMES[query.as]}.zip"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
