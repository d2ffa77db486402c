/** Ends a press team's command with `message` on one line of stderr and exit status 1. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
