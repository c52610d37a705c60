// Next.js configuration: security headers on every response (the Content-Security-Policy, with its
// per-request nonce, comes from proxy.ts for pages), no telemetry or remote assets, and the origins a
// proxy in front of shared mode may present (read when the server starts).

/** Host names of BACKPROP_TRUSTED_ORIGINS (`https://study.example.org,…`), for server actions' origin check. */
function trustedHosts(value) {
  return (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '')
    .map((origin) => {
      try {
        return new URL(origin).host;
      } catch {
        return origin;
      }
    });
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    serverActions: { allowedOrigins: trustedHosts(process.env.BACKPROP_TRUSTED_ORIGINS) },
  },
  async headers() {
    return [
      {
        // JSON answers run nothing and may be framed by no one; pages get a nonce policy in proxy.ts.
        source: '/api/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" },
        ],
      },
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
