import { headers } from "next/headers";

/** This site's address for links sent elsewhere (emails): DRAMATIS_URL if set, else the request's host. */
export async function siteOrigin(): Promise<string> {
  if (process.env.DRAMATIS_URL) return process.env.DRAMATIS_URL.replace(/\/$/, "");
  const list = await headers();
  const proto = list.get("x-forwarded-proto") ?? "http";
  return `${proto}://${list.get("host") ?? "localhost"}`;
}
