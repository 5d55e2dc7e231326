// Failures said in the user's terms.

/** Bad input: an unreadable file, an invalid reference or argument (exit status 2). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** A use case failed: what failed, and the likely fix (exit status 1). */

export class OperationError extends Error {
  constructor(
    message: string,
    /** The likely fix, when we know one. */
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OperationError';
  }
}
