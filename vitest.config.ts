import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["core/**/*.test.ts", "ops/**/*.test.ts", "bench/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // ClickHouse-backed suites share one local server (started in globalSetup); keep files serial
    // on a 2-core machine so timings inside the stack stay realistic.
    fileParallelism: false,
    globalSetup: ["test/global-setup.ts"],
  },
});
