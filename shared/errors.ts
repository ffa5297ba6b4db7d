// Typed errors that cross every border (bridge, CLI, browser host) with a code a program can act on and a
// message a person can read. Errors are plain data on the wire: Electron's IPC and JSON both drop class
// identity, so they travel as `SerializedError` and are revived on the other side.

export const ERROR_CODES = [
  'invalid-argument', // a bridge call or CLI argument failed its schema
  'not-found', // no story, revision or media file by that id
  'conflict', // a save based on a revision that is no longer the one on disk
  'invalid-story', // a story file that is not valid JSON or fails the schema
  'newer-schema', // a story written by a newer Copydesk than this one
  'missing-media', // a story refers to a media file that is not in its folder
  'unsupported-media', // a file that is not a picture or video we accept
  'unsupported-file', // a file to import that is not a kind Copydesk reads (or not what its name says)
  'read-only', // the library or story folder cannot be written
  'disk-full', // no space left to write
  'export-blocked', // an export refused because the story has problems a desk would not publish
  'already-exists', // a file or folder is in the way and was not to be replaced
  'io', // any other file-system failure
  'unauthorized', // a caller refused: the browser host's token missing or wrong, a library folder the person never chose
  'internal', // a bug: something that should not happen
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetails {
  /** The file or folder the error is about, when there is one. */
  path?: string;
  /** The dotted name of the field that failed validation, e.g. `body.3.credit.kind`. */
  field?: string;
  /** For conflicts: the revision currently on disk. */
  currentRevision?: string;
  /** For a refused export: every problem found, errors and warnings, in reading order. */
  problems?: readonly ProblemDetail[];
}

/** One thing wrong with a story, as an export check or a lint rule reports it. */
export interface ProblemDetail {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  /** Where in the story: "headline", "lead", "body.3", "relatedVideos.0". */
  where: string;
}

export interface SerializedError extends ErrorDetails {
  code: ErrorCode;
  message: string;
}

export class CopydeskError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = 'CopydeskError';
    this.code = code;
    this.details = details;
  }

  toJSON(): SerializedError {
    return { code: this.code, message: this.message, ...this.details };
  }

  static fromJSON(data: SerializedError): CopydeskError {
    const { code, message, ...details } = data;
    return new CopydeskError(code, message, details);
  }
}

export function isCopydeskError(value: unknown): value is CopydeskError {
  return value instanceof CopydeskError;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Turns anything thrown into a serialisable error without losing the message. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof CopydeskError) return error.toJSON();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}
