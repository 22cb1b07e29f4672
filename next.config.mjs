/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // forbidden() for members whose role lacks a right: a 403 page instead of a 404 or a crash.
    authInterrupts: true,
    // Next counts a server action's body while streaming it and stops here (default 1 MB, too
    // small for saving a 2 MB document). Same figure as SERVER_ACTION_BODY_BYTES, which server.ts
    // checks against a declared Content-Length before Next reads anything.
    serverActions: { bodySizeLimit: "5mb" },
  },
  // Native and generated database code stays out of the bundle and is loaded by Node.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  turbopack: {
    // Pin the workspace root: a lockfile in a parent folder would otherwise be taken for it.
    root: import.meta.dirname,
  },
};

export default nextConfig;
