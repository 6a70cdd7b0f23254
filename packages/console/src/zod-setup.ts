import { z } from 'zod';

// zod 4 probes `new Function` once to decide whether to compile its parsers; the console's CSP
// (no 'unsafe-eval') reports that probe as a violation. Parsing without compiled code needs no
// eval. This module is main.tsx's first import: the probe runs when the first schema is built.
z.config({ jitless: true });
