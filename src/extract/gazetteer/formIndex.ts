import { lineStarts } from './packed.js';

/**
 * A sorted list of (written form, row) pairs, searched by bisection, with a hash
 * gate so that scanning text for forms costs one bit test per candidate substring
 * instead of a bisection (scanning must keep the pipeline above 1 MB/s).
 */
export class FormIndex {
  private readonly starts: Int32Array;
  readonly maxLength: number;
  private gate: Uint8Array | null = null;

  constructor(
    private readonly keys: string,
    private readonly rows: Int32Array,
    prebuiltGate: Uint8Array | null = null,
  ) {
    this.gate = prebuiltGate && prebuiltGate.length === GATE_BITS >>> 3 ? prebuiltGate : null;
    this.starts = keys.length === 0 ? new Int32Array(1) : lineStarts(keys);
    let max = 0;
    for (let i = 0; i + 1 < this.starts.length; i++) max = Math.max(max, this.starts[i + 1]! - this.starts[i]! - 1);
    this.maxLength = max;
  }

  get count(): number {
    return this.rows.length;
  }

  key(i: number): string {
    return this.keys.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** Compares pair i's form with `form` in UTF-16 code-unit order (as `<` does), without slicing it out. */
  private compareAt(i: number, form: string): number {
    const start = this.starts[i]!;
    const length = this.starts[i + 1]! - 1 - start;
    const n = Math.min(length, form.length);
    for (let k = 0; k < n; k++) {
      const d = this.keys.charCodeAt(start + k) - form.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - form.length;
  }

  /** First pair whose form is >= the given one. */
  private lowerBound(form: string): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compareAt(mid, form) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  rowsOf(form: string): number[] {
    const out: number[] = [];
    for (let i = this.lowerBound(form); i < this.count && this.compareAt(i, form) === 0; i++) out.push(this.rows[i]!);
    return out;
  }

  /**
   * Recent answers: scanning asks about the same substrings page after page (and
   * about the gate's chance hits), and a bisection costs twenty comparisons.
   */
  private readonly known = new Map<string, boolean>();

  has(form: string): boolean {
    let hit = this.known.get(form);
    if (hit === undefined) {
      const i = this.lowerBound(form);
      hit = i < this.count && this.compareAt(i, form) === 0;
      if (this.known.size >= 50_000) this.known.clear();
      this.known.set(form, hit);
    }
    return hit;
  }

  *forms(): IterableIterator<string> {
    for (let i = 0; i < this.count; i++) if (i === 0 || this.key(i) !== this.key(i - 1)) yield this.key(i);
  }

  /**
   * The gate: one bit per hash of a form read backwards from its last character,
   * so the hash of every substring ending at one place grows by one step per length.
   * 2^23 bits for ~800k forms lets about one false hit in ten through.
   */
  buildGate(): Uint8Array {
    const gate = new Uint8Array(GATE_BITS >>> 3);
    const text = this.keys;
    for (let i = 0; i + 1 < this.starts.length; i++) {
      const start = this.starts[i]!;
      let h = HASH_SEED;
      for (let j = this.starts[i + 1]! - 2; j >= start; j--) h = step(h, text.charCodeAt(j));
      gate[(h & GATE_MASK) >>> 3]! |= 1 << (h & 7);
    }
    return gate;
  }

  /** Which UTF-16 code units occur in some form: reading back past any other cannot find one. */
  private used: Uint8Array | null = null;

  private usedUnits(): Uint8Array {
    const used = new Uint8Array(0x10000);
    for (let i = 0; i < this.keys.length; i++) used[this.keys.charCodeAt(i)] = 1;
    used[0x0a] = 0; // the separator between keys
    return used;
  }

  lengthsEndingAt(text: string, end: number): number[] {
    this.gate ??= this.buildGate();
    this.used ??= this.usedUnits();
    const gate = this.gate;
    const used = this.used;
    const out: number[] = [];
    let h = HASH_SEED;
    const maxLen = Math.min(this.maxLength, end);
    for (let len = 1; len <= maxLen; len++) {
      const unit = text.charCodeAt(end - len);
      if (used[unit] === 0) break;
      h = step(h, unit);
      if (len >= 2 && (gate[(h & GATE_MASK) >>> 3]! & (1 << (h & 7))) !== 0 && this.has(text.slice(end - len, end))) {
        out.push(len);
      }
    }
    return out.reverse();
  }
}

const GATE_BITS = 1 << 23;
const GATE_MASK = GATE_BITS - 1;
const HASH_SEED = 0x811c9dc5;

/** FNV-1a over UTF-16 code units. */
function step(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193) >>> 0;
}
