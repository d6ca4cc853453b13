/** British quotation style: single marks read as double ones, offsets unchanged, apostrophes kept. */
import { describe, expect, it } from 'vitest';
import { withDoubleQuotes } from '../src/extract/quote-style.js';

describe('withDoubleQuotes', () => {
  it('reads single quotation marks as double ones, one character for one', () => {
    const text = "'We came before,' the general said.\n‘They’ve hailed the ship,’ he added. 'It was routine.'";
    const out = withDoubleQuotes(text);
    expect(out).toBe("“We came before,” the general said.\n“They’ve hailed the ship,” he added. “It was routine.”");
    expect(out.length).toBe(text.length);
  });
  it('keeps apostrophes and plural possessives inside the words', () => {
    expect(withDoubleQuotes("'The allies' drills are Russia's concern,' she said. 'They won't stop.'")).toBe("“The allies' drills are Russia's concern,” she said. “They won't stop.”");
  });
  it('leaves a text alone that quotes with double marks, or has one single mark only', () => {
    const double = "\"We came before,\" he said. The 'red line' held.";
    expect(withDoubleQuotes(double)).toBe(double);
    const one = "The 'red line' held, Russia's envoy said.";
    expect(withDoubleQuotes(one)).toBe(one);
  });
});
