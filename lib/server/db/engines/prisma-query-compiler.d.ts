// Prisma's Wasm query compilers ship without type declarations; query-plan-cache.ts needs the class.
declare module "@prisma/client/runtime/query_compiler_bg.sqlite.mjs" {
  export class QueryCompiler {
    compile(request: string): unknown;
    compileBatch(request: string): unknown;
  }
}
declare module "@prisma/client/runtime/query_compiler_bg.postgresql.mjs" {
  export class QueryCompiler {
    compile(request: string): unknown;
    compileBatch(request: string): unknown;
  }
}
