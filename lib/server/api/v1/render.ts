import { endpoints } from "@/lib/contracts/api-endpoints";
import { parseQueryValues } from "@/lib/contracts/values";
import { renderView } from "../render-view";
import { AppError } from "../../errors";
import { apiRoute } from "../../http/api-route";
import { renderDocument } from "../../render/render-document";

export const renderHandler = apiRoute(endpoints.render, async ({ access, body }) => {
  const { result, version } = await renderDocument({
    access,
    input: { ref: body.version ?? body.label, values: body.values, strict: body.strict },
  });
  return renderView(result, version);
});


/** The same render for clients that can only GET: values as a JSON object in `values`. */
export const renderGetHandler = apiRoute(endpoints.renderGet, async ({ access, query }) => {
  const values = parseQueryValues(query.values);
  if (!values.ok) throw new AppError("invalid_input", values.message);
  const { result, version } = await renderDocument({
    access,
    input: { ref: query.version ?? query.label, values: values.values, strict: query.strict === "true" },
  });
  return renderView(result, version);
});
