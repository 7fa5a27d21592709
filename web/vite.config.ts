/// <reference types="vitest/config" />
import { resolve } from 'node:path'
import { defineConfig, type Connect, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

const root = import.meta.dirname

const PORTALS = ['resident', 'staff', 'admin']

/**
 * History-API fallback per portal: /staff/units/123 and /resident/callback serve that portal's
 * index.html (Vite's own SPA fallback knows only the root page).
 */
function portalFallback(): Plugin {
  const rewrite: Connect.NextHandleFunction = (req, _res, next) => {
    const url = req.url ?? '/'
    const path = url.split('?')[0]
    const accept = req.headers.accept ?? ''
    const portal = PORTALS.find((p) => path === `/${p}` || path.startsWith(`/${p}/`))
    const looksLikeFile = /\.[a-zA-Z0-9]+$/.test(path)
    if (portal && !looksLikeFile && req.method === 'GET' && accept.includes('text/html')) {
      req.url = `/${portal}/index.html${url.slice(path.length)}`
    }
    next()
  }
  return {
    name: 'portal-fallback',
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
  }
}

// Three portals are three HTML entry points over one source tree (Vite multi-page build).
// Each portal is served under its own folder: /resident/, /staff/, /admin/.
export default defineConfig({
  plugins: [react(), portalFallback()],
  resolve: {
    alias: { '@': resolve(root, 'src') },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  appType: 'mpa',
  build: {
    // antd is one large shared chunk; splitting it further buys little for an internal app.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        landing: resolve(root, 'index.html'),
        resident: resolve(root, 'resident/index.html'),
        staff: resolve(root, 'staff/index.html'),
        admin: resolve(root, 'admin/index.html'),
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
})
