/**
 * How many runs a property test makes: 500 by default (fast enough for every `npm test`), more with
 * `PROPERTY_RUNS=20000 npx vitest run tests/unit/assessment` for a deep run before a release.
 */
export const PROPERTY_RUNS = Math.max(1, Number(process.env.PROPERTY_RUNS) || 500);
