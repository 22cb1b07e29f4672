import type { Actor } from "../access/actor";
import { authenticateApiKey } from "../api-keys/authenticate-api-key";
import { getSessionUser } from "../auth/get-session-user";
import { AppError } from "../errors";
import type { ApiRequest } from "./api-types";
import { isSameOriginWrite } from "./same-origin";

/**
 * Who an API request acts for: its API key if it sends one, otherwise the browser session of
 * someone signed in. A session may only change things from this site's own pages (the Origin
 * must match), so another site cannot make a signed-in browser write through the API.
 */
export async function authenticateRequest(request: ApiRequest): Promise<Actor> {
  const key = await authenticateApiKey({ request });
  if (key) return key;
  const cookie = request.headers.get("cookie");
  const user = cookie ? await getSessionUser(new Headers({ cookie })) : null;
  if (!user) {
    throw new AppError("unauthorized", "Send an API key: `Authorization: Bearer drm_…`. Owners create them under Workspace → API keys.");
  }
  if (!isSameOriginWrite(request)) {
    throw new AppError("forbidden", "Writes with a browser session must come from this site. Applications use an API key.");
  }
  return user;
}
