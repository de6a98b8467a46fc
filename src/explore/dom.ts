/** A tiny element builder: text goes in as text, never as HTML (names come from OCR). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node as T;
}

/** A small colour square (set through the style property: the page's CSP forbids style attributes). */
export function swatch(color: string, shape = ''): HTMLSpanElement {
  const node = el('span', { class: `swatch ${shape}`.trim() });
  node.style.backgroundColor = color;
  return node;
}
