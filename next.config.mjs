/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A separate build directory lets a second build (e.g. a benchmark) run beside the main one.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Native and data-heavy packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/jieba', 'opencc-js', 'better-sqlite3', 'piscina'],
  // Sample events are read from seeds/ at request time by the server loader.
  outputFileTracingIncludes: { '/**': ['./seeds/**/*', './data/**/*'] },
};

export default nextConfig;
