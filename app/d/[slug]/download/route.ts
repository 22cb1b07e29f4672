import { documentRouteAccess } from "@/app/_lib/authorized-action";
import { downloadQuerySchema } from "@/lib/contracts/download";
import { downloadDocumentAs } from "@/lib/server/documents/download-document-as";
import { errorResponse } from "@/lib/server/http/error-response";

/** A document as a Claude Code agent, a Cursor rule or plain Markdown, named as its tool expects. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await params;
    const { access } = await documentRouteAccess(slug, "document.read");
    const query = downloadQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const file = await downloadDocumentAs({ access, target: query.as, version: query.version });
    return new Response(file.content, {
      headers: {
        "Content-Type": `${file.fileName.endsWith(".mdc") ? "text/plain" : "text/markdown"}; charset=utf-8`,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
        // Frontmatter keys the target's tool has no place for, URL-encoded and comma-separated.
        "X-Dramatis-Dropped": file.dropped.map(encodeURIComponent).join(","),
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
