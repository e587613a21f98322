import { fileURLToPath } from 'node:url';
import { defineConfig, searchForWorkspaceRoot } from 'vite';
import react from '@vitejs/plugin-react';

// The API runs on its own port in development; in production it serves this bundle from the same origin.
const API_ORIGIN = 'http://localhost:3000';

/** recharts and the libraries only it uses: loaded with the dashboard, never on the sign-in page or the questionnaire. */
const CHART_LIBRARIES =
  /[\\/]node_modules[\\/](recharts|victory-vendor|d3-[^\\/]+|internmap|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|clsx|tiny-invariant|use-sync-external-store)[\\/]/;

/** docs/: the in-app help imports the methodology's Markdown (`?raw`), which Vite serves only from allowed folders. */
const DOCS = fileURLToPath(new URL('../../docs', import.meta.url));

/** The world map's outlines and projection: loaded with the map page only. */
const MAP_LIBRARIES = /[\\/]node_modules[\\/](d3-geo|topojson-client|world-atlas)[\\/]/;

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The charting stack alone is ~120 kB gzipped; it is split out below, not shrinkable further.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          // A group also takes in the dependencies of its modules that no earlier group claimed. d3-array,
          // which the charts and the map both use, is claimed first, so neither page loads the other's chunk.
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/ },
            { name: 'd3-array', test: /[\\/]node_modules[\\/](d3-array|internmap)[\\/]/ },
            { name: 'map', test: MAP_LIBRARIES },
            { name: 'charts', test: CHART_LIBRARIES },
          ],
        },
      },
    },
  },
  server: {
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), DOCS] },
    proxy: {
      '/api': { target: API_ORIGIN, changeOrigin: true },
    },
  },
});
