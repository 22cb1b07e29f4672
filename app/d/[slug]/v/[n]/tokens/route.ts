import { documentRouteAccess } from "@/app/_lib/authorized-action";
import { versionNumberParamSchema } from "@/lib/contracts/documents";
import { countVersionTokens } from "@/lib/server/documents/count-version-tokens";
import { errorResponse } from "@/lib/server/http/error-response";

/**
 * A version's characters and exact o200k_base token count, for the workbench's counts: counted
 * here once per version, so no browser downloads the tokenizer's megabyte of tables.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; n: string }> }) {
  try {
    const { slug, n } = await params;
    const { access } = await documentRouteAccess(slug, "document.read");
    const count = await countVersionTokens({ access, number: versionNumberParamSchema.parse(n) });
    // A version never changes, but a slug can be freed and taken by another document: kept an
    // hour, in this person's browser only (it needs their session).
    return Response.json(count, { headers: { "Cache-Control": "private, max-age=3600" } });
  } catch (error) {
    return errorResponse(error);
  }
}
