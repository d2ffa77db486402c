// Child process of the benchmark: validates CONTENT_DIR once (with the build cache of NEXT_DIST_DIR,
// if any), and prints the milliseconds it took.
import { scanContent } from '@/lib/content/publishing';

const start = performance.now();
const { releases } = await scanContent();
console.log(JSON.stringify({ releases: releases.length, ms: performance.now() - start }));
