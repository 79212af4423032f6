/** A file (or a record in it) that cannot be imported; the message is the reason shown to the
 *  reader, so it says what is wrong in their terms ("empty file", "not valid JSON at line 3"). */
export class ImportError extends Error {
  override name = 'ImportError';
}
