import { z } from 'zod';

/**
 * In the browser, zod parses without compiling code. To find out whether it may compile its
 * parsers, zod tries `new Function('')` when a schema is created; the Content-Security-Policy
 * (no 'unsafe-eval') refuses it, and the browser reports a violation even though zod catches it.
 * Imported first by the staff app's browser entry (src/hooks.client.ts; the kiosk app never loads zod), so that it
 * runs before any schema is created.
 */
z.config({ jitless: true });
