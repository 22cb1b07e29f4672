/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden() for members whose role lacks a right: a 403 page instead of a 404 or a crash.
  experimental: { authInterrupts: true },
  // Native and generated database code stays out of the bundle and is loaded by Node.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  turbopack: {
    // Pin the workspace root: a lockfile in a parent folder would otherwise be taken for it.
    root: import.meta.dirname,
  },
};

export default nextConfig;
