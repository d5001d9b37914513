import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The portal is served by the gateway on its own origin (gateway/src/http/portal.ts): API, uploads
// and the app share one host, so the app calls relative paths. `npm run dev -w @eco/web` proxies
// them to a running gateway.
const gateway = process.env.GATEWAY_ORIGIN ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  // The SDK's and the form rules' TypeScript sources (shared with the API), bundled as ESM.
  resolve: {
    alias: {
      '@eco/sdk': fileURLToPath(new URL('../sdk/src/index.ts', import.meta.url)),
      '@eco/forms': fileURLToPath(new URL('../../packages/forms/src/index.ts', import.meta.url)),
    },
  },
  build: { outDir: 'dist', sourcemap: true, target: 'es2022' },
  server: {
    proxy: Object.fromEntries(['/graphql', '/session', '/uploads', '/documents', '/issued-documents', '/receipts', '/appointments', '/verify'].map((path) => [path, { target: gateway, ws: path === '/graphql' }])),
  },
  test: { environment: 'happy-dom', include: ['test/**/*.test.{ts,tsx}'], setupFiles: ['test/setup.ts'] },
});
