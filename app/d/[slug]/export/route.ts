import { documentRouteAccess } from "@/app/_lib/authorized-action";
import { exportArchive } from "@/lib/server/archive/export-archive";
import { notFound } from "@/lib/server/errors";
import { errorResponse } from "@/lib/server/http/error-response";

/** One document as an archive file (the same format as `npm run export`). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await params;
    const { access } = await documentRouteAccess(slug, "document.read");
    const archive = await exportArchive({ access });
    if (archive.documents.length === 0) throw notFound(`There is no document "${slug}".`);
    return new Response(JSON.stringify(archive, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${slug}.dramatis.json"`,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
