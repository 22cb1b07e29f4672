import { notFound } from "next/navigation";
import { isAppError } from "../errors";

/** For pages: a use case's not_found becomes Next's 404 page; anything else propagates. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
