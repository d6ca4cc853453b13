/**
 * `map` that returns a packed array in every tier. V8's optimising compiler builds the result of
 * `Array.prototype.map` as a holey array, its builtin as a packed one: code optimised while it only
 * saw the one kind deoptimises on the other, all at once when the producing function gets optimised.
 * Arrays that many stages read (the sentences, their dates) are mapped here. Does not: anything else.
 */

/** `xs.map(f)`, always as a packed array. */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
