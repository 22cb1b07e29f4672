import { notFound } from "next/navigation";
import { isAppError } from "@/lib/server/errors";

/** For pages: a use case's not_found (a version that does not exist, say) becomes Next's 404 page. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isAppError(error) || error.code !== "not_found") throw error;
    notFound();
  }
}
