import { engineOfDb, type Db } from "../db/client";
import { postgresqlSearch } from "./postgresql-search";
import type { SearchIndex } from "./search-index";
import { sqliteSearch } from "./sqlite-search";

/** The full-text index of the engine this client talks to. */
export function searchIndexFor(db: Db): SearchIndex {
  return engineOfDb(db) === "postgresql" ? postgresqlSearch : sqliteSearch;
}
