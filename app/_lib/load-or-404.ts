import { notFound, permanentRedirect } from "next/navigation";
import { isAppError } from "@/lib/server/errors";
import { findRenamedSlug } from "@/lib/server/documents/find-renamed-slug";

/**
 * For pages: a use case's not_found becomes Next's 404 page, unless the slug belonged to a
 * renamed document, in which case the same path under the new slug is served by a redirect.
 */
export async function loadOr404<T>(load: () => Promise<T>, moved?: { slug: string; path: (slug: string) => string }): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isAppError(error) || error.code !== "not_found") throw error;
    const renamed = moved ? await findRenamedSlug({ slug: moved.slug }) : null;
    if (renamed && moved) permanentRedirect(moved.path(renamed));
    notFound();
  }
}
