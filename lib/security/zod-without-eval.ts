/**
 * Zod compiles object parsers with `new Function` when it may, and finds out by trying once. Our
 * CSP has no 'unsafe-eval' (next.config.js), so that try is blocked and reported as a violation,
 * although zod catches it. Without the compiled fast path zod parses the same, a little slower,
 * which is nothing at our sizes. Imported once by the app's root client module (app/providers.tsx),
 * before anything parses; workers that parse with zod should import it too.
 */
import { config } from 'zod';

config({ jitless: true });
