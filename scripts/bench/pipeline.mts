// Child process of the benchmark: loads CONTENT_DIR once, cold, and prints the milliseconds it took.
import { loadReleases } from '@/lib/content/loader';

const start = performance.now();
const releases = await loadReleases();
console.log(JSON.stringify({ releases: releases.length, ms: performance.now() - start }));
