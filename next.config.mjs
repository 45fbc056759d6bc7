import { buildArchive } from './scripts/build-archive.mjs';
import { buildWorker } from './scripts/build-worker.mjs';
import { COMMON_HEADERS, FIXED_CSP } from './lib/http/security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A separate build directory lets a second build (e.g. a benchmark) run beside the main one.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // The analysis worker is bundled with the app: production threads run plain JavaScript,
  // no TypeScript compiler at run time (lib/worker/worker-entry.ts → <distDir>/parallax-worker.mjs).
  compiler: {
    runAfterProductionCompile: ({ projectDir, distDir }) => {
      buildWorker(projectDir, distDir);
      buildArchive(projectDir, distDir); // the archive CLI and its ingest thread (npm run archive)
      return Promise.resolve();
    },
  },
  // Native and data-heavy packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/jieba', 'opencc-js', 'better-sqlite3', 'piscina'],
  // Sample events are read from seeds/ at request time by the server loader.
  outputFileTracingIncludes: { '/**': ['./seeds/**/*', './data/**/*'] },
  // Security headers on every response; pages get their nonce-based CSP from proxy.ts.
  async headers() {
    const fixedCsp = { key: 'Content-Security-Policy', value: FIXED_CSP };
    return [
      { source: '/:path*', headers: COMMON_HEADERS },
      { source: '/api/:path*', headers: [fixedCsp] },
      { source: '/_next/static/:path*', headers: [fixedCsp] },
    ];
  },
};

export default nextConfig;
