/** A file that cannot be read as a document: the message says what is wrong with it, the CLI adds the file name. */
export class DocumentReadError extends Error {
  override readonly name = 'DocumentReadError';
}
