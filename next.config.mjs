/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and data-heavy packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/jieba', 'opencc-js', 'better-sqlite3', 'piscina'],
  // Sample events are read from seeds/ at request time by the server loader.
  outputFileTracingIncludes: { '/**': ['./seeds/**/*', './data/**/*'] },
};

export default nextConfig;
