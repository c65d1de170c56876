import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// The build test runs `astro build` on a fixture; everything else is fast.
		testTimeout: 20_000,
	},
});
