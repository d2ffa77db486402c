/** A problem in content/: names the file and what is wrong, so the build log says where to look. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ContentError';
  }
}

/** Every problem found in one pass over content/, so a writer fixes them all at once. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'ContentErrors';
  }
}

/**
 * The content problems an error carries, or `undefined` for any other error. By name, not
 * instanceof: a command run by tsx can load this module twice (once as ESM, once as CommonJS).
 */
export function problemsOf(error: unknown): ContentError[] | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'ContentErrors') return (error as ContentErrors).errors;
  if (error.name === 'ContentError') return [error as ContentError];
  return undefined;
}
