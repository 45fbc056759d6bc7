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
  // Security headers on every response; pages get their nonce-based CSP from proxy.ts.
  async headers() {
    const common = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'no-referrer' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
      { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ];
    const fixedCsp = {
      key: 'Content-Security-Policy',
      value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    };
    return [
      { source: '/:path*', headers: common },
      { source: '/api/:path*', headers: [fixedCsp] },
      { source: '/_next/static/:path*', headers: [fixedCsp] },
    ];
  },
};

export default nextConfig;
