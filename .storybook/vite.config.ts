import { defineConfig } from 'vite';

// Storybook builds its own app: it must not inherit the library build of the root vite.config.ts.
export default defineConfig({});
