/**
 * Deep links: `/explore?node=<id>` opens on that node. The address bar follows the
 * focused node (replaceState, so Back leaves the page rather than stepping through
 * every click).
 */
export function nodeFromUrl(): string | null {
  const id = new URLSearchParams(window.location.search).get('node');
  return id && id.trim() ? id.trim() : null;
}

export function setNodeInUrl(id: string | null): void {
  const url = new URL(window.location.href);
  if (id) url.searchParams.set('node', id);
  else url.searchParams.delete('node');
  if (url.href !== window.location.href) window.history.replaceState(null, '', url);
}
