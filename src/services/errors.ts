/** A request the caller can fix (unknown node, bad cursor…): reported as BAD_USER_INPUT with this message. */
export class UserInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserInputError';
  }
}

/** The caller is not allowed to do this (no or wrong token): reported as UNAUTHENTICATED / FORBIDDEN. */
export class AuthError extends Error {
  constructor(
    message: string,
    readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN',
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

/**
 * The database did not confirm a write within the request's time limit: it may have been
 * committed or not. Reported as DATABASE_UNAVAILABLE; sending the same page again is safe
 * (it answers `unchanged` if the first one landed).
 */
export class UnconfirmedWriteError extends Error {
  constructor(limitSeconds: number) {
    super(
      `The database did not confirm the write within ${limitSeconds} s; the page may or may not be loaded — ` +
        'send it again once the database answers (a page already loaded answers unchanged)',
    );
    this.name = 'UnconfirmedWriteError';
  }
}
