import { endpoints } from "@/lib/contracts/api-endpoints";
import { apiRoute } from "@/lib/server/http/api-route";
import { setLabel } from "@/lib/server/labels/set-label";

export const PUT = apiRoute(endpoints.setLabel, async ({ params, body }) =>
  setLabel({ input: { slug: params.slug, name: params.name, version: body.version, actorName: body.actorName } }),
);
