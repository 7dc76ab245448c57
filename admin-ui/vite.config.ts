import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The config is run from the repository root (`--config admin-ui/vite.config.ts`),
// so every path is anchored to this file rather than to the working directory.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// One long-lived chunk per family of libraries, so an app change does not re-download them.
const vendorChunks = [
    { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
    { name: 'mui', test: /node_modules[\\/](@mui|@emotion)[\\/]/ },
    { name: 'react-admin', test: /node_modules[\\/]/ },
];

export default defineConfig({
    root: here('.'),
    base: '/',
    // One React (and one React Query): without it the build bundles a second, tree-shaken copy that the app's own modules import while
    // react-dom renders with the first, so every hook of the app throws ("reading 'useState'" of null).
    resolve: { dedupe: ['react', 'react-dom', '@tanstack/react-query'] },
    // No React plugin: Vite's built-in oxc transform compiles TSX with the automatic runtime.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: {
        outDir: here('./dist'),
        emptyOutDir: true,
        rolldownOptions: {
            output: { codeSplitting: { groups: vendorChunks } },
            onwarn(warning, warn) {
                // MUI marks its modules 'use client' for React Server Components; a browser bundle has no use for it.
                if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
                warn(warning);
            },
        },
    },
    server: {
        // In development the API runs separately; in production Express serves both on one origin.
        proxy: { '/api': process.env.ZONGJIAN_API_URL ?? 'http://127.0.0.1:8080' },
    },
});
