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
