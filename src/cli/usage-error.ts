/** A problem with the command line or its input files: reported on one stderr line, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
