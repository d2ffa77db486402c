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
