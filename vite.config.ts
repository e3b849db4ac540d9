/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { lexiconBundle } from './scripts/lexiconBundle.ts';

export default defineConfig({
  plugins: [
    react(),
    lexiconBundle(import.meta.dirname),
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Tulay — Tagalog reader',
        short_name: 'Tulay',
        description:
          'Read Tagalog beside English, tap any word for its root and meaning, and keep the words you learn.',
        lang: 'en',
        theme_color: '#1f5f8b',
        background_color: '#fbfaf7',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Lazy chunks (texts, translations, lexicon shards) are precached too: offline after one visit.
        globPatterns: ['**/*.{js,css,html,json,svg,png,woff2}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
    }),
  ],
  base: './',
  // The lexicon core is one large lazy chunk by design (fetched after the first paint).
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 800 },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
  },
});
