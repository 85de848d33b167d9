import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built SPA from apps/web/dist (apps/api/src/http/static-web.ts);
// in development Vite serves it and forwards /api to the API on port 3000.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP is script-src 'self': never inline assets as data: scripts.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      treeshake: {
        // The workspace packages are pure (no I/O, no registration at import):
        // let unused schemas and rules drop out of the portal entry.
        moduleSideEffects: (id: string) => !/\/packages\/(contracts|domain)\/src\//.test(id),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: 'http://127.0.0.1:3000',
        changeOrigin: false,
        // The API accepts writes only from PUBLIC_URL's origin (csrf-guard.ts),
        // http://localhost:3000 by default; this dev server stands in for it.
        configure: (proxy) => {
          proxy.on('proxyReq', (proxyReq) => {
            if (proxyReq.getHeader('origin') === 'http://localhost:5173') {
              proxyReq.setHeader('origin', process.env.PUBLIC_URL ?? 'http://localhost:3000');
            }
          });
        },
      },
    },
  },
});
