/**
 * The API's own request and response shapes. A Web `Request` satisfies `ApiRequest` (tests use
 * one); the server builds a lighter one straight from Node's request, because constructing
 * Web Requests, Responses and their body streams was most of the cost of a render call.
 */
export interface ApiRequest {
  method: string;
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

const API_RESPONSE = Symbol("api-response");

export interface ApiResponse {
  [API_RESPONSE]: true;
  status: number;
  headers: Record<string, string>;
  /** Serialized JSON, or null for 304. */
  body: string | null;
}

export function jsonResponse(data: unknown, status = 200, headers: Record<string, string> = {}): ApiResponse {
  return { [API_RESPONSE]: true, status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(data) };
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): ApiResponse {
  return { [API_RESPONSE]: true, status, headers, body: null };
}

export function isApiResponse(value: unknown): value is ApiResponse {
  return typeof value === "object" && value !== null && API_RESPONSE in value;
}
