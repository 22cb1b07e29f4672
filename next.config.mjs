/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and generated database code stays out of the bundle and is loaded by Node.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  turbopack: {
    // Pin the workspace root: a lockfile in a parent folder would otherwise be taken for it.
    root: import.meta.dirname,
  },
};

export default nextConfig;
