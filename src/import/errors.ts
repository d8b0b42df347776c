/** A file the importer cannot take, with what is wrong in Vietnamese; nothing has been written when it is thrown. */
export class ImportError extends Error {
  override name = 'ImportError';
}
