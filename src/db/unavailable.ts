/**
 * Driver error codes that mean "the database cannot be reached right now" (stopped,
 * restarting, crashed, network gone), as opposed to a bad query or bad data. The driver
 * has already retried for NEO4J_RETRY_SECONDS when one of these reaches its caller.
 */
const UNAVAILABLE_CODES: readonly string[] = [
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
];

/** Whether a driver error says the database is unreachable. */
export function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNAVAILABLE_CODES.includes(code);
}
