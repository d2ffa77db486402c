// Child process of the benchmark: loads CONTENT_DIR once, cold, and prints the milliseconds it took.
import { loadContent } from '@/lib/content/loader';

const start = performance.now();
const { releases } = await loadContent();
console.log(JSON.stringify({ releases: releases.length, ms: performance.now() - start }));
