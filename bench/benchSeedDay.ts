/**
 * The day the bench's data is seeded "on": fixed, not today, so the same seed gives the same rows and
 * digests on any day (`npm start` seeds up to the real day instead, for the dashboard's default period).
 * The scenarios' periods (readInputs.ts) lie inside the 24 months before it.
 */
export const benchSeedDay = new Date('2025-11-01T00:00:00Z');

/** As the seed CLI's `--until` takes it. */
export const benchSeedDayText = benchSeedDay.toISOString().slice(0, 10);
