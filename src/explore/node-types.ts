/**
 * How each entity type is drawn: one colour and one shape per type, shared by the graph
 * styles and the legend so the two never disagree. Colours are distinguishable for the
 * common colour-vision deficiencies (Okabe–Ito palette), and the shape tells them apart
 * in grey scale too.
 */
export interface TypeStyle {
  type: string;
  label: string;
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'triangle' | 'rectangle' | 'star' | 'vee';
}

export const TYPE_STYLES: readonly TypeStyle[] = [
  { type: 'Town', label: 'Town', color: '#0072B2', shape: 'ellipse' },
  { type: 'Unit', label: 'Unit', color: '#E69F00', shape: 'round-rectangle' },
  { type: 'Reporter', label: 'Reporter', color: '#009E73', shape: 'triangle' },
  { type: 'Campaign', label: 'Campaign', color: '#CC79A7', shape: 'star' },
  { type: 'Event', label: 'Event', color: '#D55E00', shape: 'diamond' },
  { type: 'Article', label: 'Article', color: '#56B4E9', shape: 'rectangle' },
  { type: 'Person', label: 'Person', color: '#999933', shape: 'vee' },
  { type: 'Page', label: 'Page', color: '#777777', shape: 'hexagon' },
];

const FALLBACK: TypeStyle = { type: '?', label: 'Other', color: '#444444', shape: 'ellipse' };

export function styleOf(type: string): TypeStyle {
  return TYPE_STYLES.find((s) => s.type === type) ?? FALLBACK;
}
