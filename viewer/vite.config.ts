import { defineConfig } from 'vite';

// The viewer imports the browser-safe parts of src/ (bundle.ts, vocab.ts, time.ts) directly.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000, target: 'es2022' },
  server: { fs: { allow: ['..'] } },
  worker: { format: 'es' },
});
