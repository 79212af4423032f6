/** A problem with the command line or its input files: reported on one stderr line (followed by the
 *  usage when there is one to show), exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';

  constructor(
    message: string,
    /** Usage text printed after the message (only when no command was given at all). */
    readonly usage?: string,
  ) {
    super(message);
  }
}
