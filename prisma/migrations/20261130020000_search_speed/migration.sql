-- Nothing changes on SQLite: its search (lib/server/search/sqlite-search.ts) finds title,
-- description and tag matches with an FTS5 column filter on the existing index. The folder
-- exists because every migration has a twin on both engines (see prisma/migrations-postgresql).
SELECT 1;
