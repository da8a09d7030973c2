import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One file at a time: OCR already uses every core, and integration tests stop and start the
    // shared Elasticsearch node.
    fileParallelism: false,
    // OCR-heavy golden tests share one tesseract.js scheduler per worker process.
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest.json' },
  },
});
