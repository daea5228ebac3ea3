import { z } from 'zod';

// zod 4 compiles object parsers with `new Function` when it may; finding out means trying it,
// and under the app's Content-Security-Policy (no 'unsafe-eval') that try is reported as a
// violation even though zod catches it. Parsing without compiled code is the same parsing.
z.config({ jitless: true });
