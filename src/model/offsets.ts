/**
 * Code-point offsets over JavaScript (UTF-16) strings.
 *
 * Does: convert between UTF-16 indices and Unicode code-point offsets (the unit of evidence spans,
 * as in W3C Web Annotation selectors) and slice text by code points, with a fast path for text
 * without astral-plane characters (where both are the same). Does not: normalise text.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

/** Text plus the tables needed to map offsets both ways; build once per document. */
export class CodePointText {
  readonly text: string;
  /** UTF-16 index of every code point, plus the string length at the end; undefined when identical. */
  private readonly utf16At?: Uint32Array;

  constructor(text: string) {
    this.text = text;
    if (SURROGATE.test(text)) {
      const idx: number[] = [];
      for (let i = 0; i < text.length; ) {
        idx.push(i);
        const c = text.codePointAt(i)!;
        i += c > 0xffff ? 2 : 1;
      }
      idx.push(text.length);
      this.utf16At = Uint32Array.from(idx);
    }
  }

  /** Length in code points. */
  get length(): number {
    return this.utf16At ? this.utf16At.length - 1 : this.text.length;
  }

  /** UTF-16 index of a code-point offset. */
  toUtf16(codePoint: number): number {
    if (!this.utf16At) return codePoint;
    if (codePoint < 0 || codePoint >= this.utf16At.length) throw new RangeError(`offset ${codePoint} is outside the text (0..${this.length})`);
    return this.utf16At[codePoint];
  }

  /** Code-point offset of a UTF-16 index (which must not split a surrogate pair). */
  toCodePoint(utf16: number): number {
    const table = this.utf16At;
    if (!table) return utf16;
    let lo = 0;
    let hi = table.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (table[mid] === utf16) return mid;
      if (table[mid] < utf16) lo = mid + 1;
      else hi = mid - 1;
    }
    throw new RangeError(`UTF-16 index ${utf16} splits a surrogate pair`);
  }

  /** The text between two code-point offsets `[start, end)`. */
  slice(start: number, end: number): string {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > this.length) {
      throw new RangeError(`span [${start}, ${end}) is outside the text (0..${this.length})`);
    }
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}
