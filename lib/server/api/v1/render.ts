import { endpoints } from "@/lib/contracts/api-endpoints";
import { templateValuesSchema } from "@/lib/contracts/values";
import { renderView } from "../render-view";
import { AppError } from "../../errors";
import { apiRoute } from "../../http/api-route";
import { renderDocument } from "../../render/render-document";

export const renderHandler = apiRoute(endpoints.render, async ({ params, body }) => {
  const { result, version } = await renderDocument({
    input: { slug: params.slug, ref: body.version ?? body.label, values: body.values, strict: body.strict },
  });
  return renderView(result, version);
});


/** The same render for clients that can only GET: values as a JSON object in `values`. */
export const renderGetHandler = apiRoute(endpoints.renderGet, async ({ params, query }) => {
  let values: Record<string, unknown> = {};
  if (query.values) {
    const json = safeJson(query.values);
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
      throw new AppError("invalid_input", "`values` must be a JSON object, e.g. values={\"name\":\"Ada\"}.");
    }
    const parsed = templateValuesSchema.safeParse(json);
    if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "`values` is not valid.");
    values = parsed.data;
  }
  const { result, version } = await renderDocument({
    input: { slug: params.slug, ref: query.version ?? query.label, values, strict: query.strict === "true" },
  });
  return renderView(result, version);
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
