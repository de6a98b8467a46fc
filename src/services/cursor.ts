/**
 * List cursors, opaque to clients: the position in the sorted list, base64url-encoded.
 * The API writes them into each edge; the explore service reads `after` back.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

/** The position a cursor stands for, or null when it is none of ours. */
export function decodeCursor(cursor: string): number | null {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}
