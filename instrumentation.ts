// Runs once as a server starts: the content index is read then, not on the first request of a
// release that was not rendered ahead (at 10,000 releases it is a few megabytes of JSON).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getNewsroom } = await import('./lib/content');
  await getNewsroom();
}
