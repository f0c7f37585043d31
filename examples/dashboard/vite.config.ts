import { defineConfig } from 'vite';

// No React plugin: esbuild's automatic JSX runtime is all this app needs (no Fast Refresh).
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  server: { host: '127.0.0.1', strictPort: false },
  preview: { host: '127.0.0.1' },
  logLevel: 'warn',
});
