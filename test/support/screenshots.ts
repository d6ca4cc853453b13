/**
 * Screenshots of the viewer tests: written to `test-results/screenshots/` (git-ignored), never
 * over tracked files, so `npm test` leaves the working tree as it found it. Where a picture
 * matters it is compared with a committed reference in `test/fixtures/screenshots/` with a
 * tolerance (font rendering differs a little between machines). `UPDATE_SCREENSHOTS=1 npm test`
 * rewrites the references and the README's pictures in `viewer/screenshots/` on purpose.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

const ROOT = new URL('../../', import.meta.url).pathname;
/** Where the tests write what they saw. */
export const SHOT_DIR = join(ROOT, 'test-results', 'screenshots');
const REFERENCES = join(ROOT, 'test', 'fixtures', 'screenshots');
const README_PICTURES = join(ROOT, 'viewer', 'screenshots');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';

/** Save a screenshot of the page (and, with UPDATE_SCREENSHOTS=1, the README's copy). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOT_DIR, { recursive: true });
  const png = await page.screenshot({ path: join(SHOT_DIR, name) });
  if (UPDATE) writeFileSync(join(README_PICTURES, name), png);
}

/** Share of pixels (0..1) whose colour differs by more than `threshold` in some channel, 1 when the sizes differ. */
export async function pixelDifference(page: Page, a: Buffer, b: Buffer, threshold = 48): Promise<number> {
  const scratch = await page.context().browser()!.newPage();
  try {
    return await scratch.evaluate(
      async ([x, y, t]) => {
        const decode = async (b64: string) => {
          const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(bitmap, 0, 0);
          return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
        };
        const [p, q] = await Promise.all([decode(x as string), decode(y as string)]);
        if (p.width !== q.width || p.height !== q.height) return 1;
        let differing = 0;
        for (let i = 0; i < p.data.length; i += 4) {
          if (Math.abs(p.data[i]! - q.data[i]!) > (t as number) || Math.abs(p.data[i + 1]! - q.data[i + 1]!) > (t as number) || Math.abs(p.data[i + 2]! - q.data[i + 2]!) > (t as number)) differing++;
        }
        return differing / (p.width * p.height);
      },
      [a.toString('base64'), b.toString('base64'), threshold] as const,
    );
  } finally {
    await scratch.close();
  }
}

/**
 * The share of pixels by which an element's picture differs from its committed reference
 * `test/fixtures/screenshots/<name>` (saved next to the other screenshots as well).
 * @throws when the reference is missing (create it with UPDATE_SCREENSHOTS=1).
 */
export async function differenceFromReference(element: Locator, name: string): Promise<number> {
  mkdirSync(SHOT_DIR, { recursive: true });
  const png = await element.screenshot({ path: join(SHOT_DIR, name) });
  const reference = join(REFERENCES, name);
  if (UPDATE) writeFileSync(reference, png);
  if (!existsSync(reference)) throw new Error(`no reference picture ${reference}: run the test with UPDATE_SCREENSHOTS=1 and commit it`);
  return pixelDifference(element.page(), png, readFileSync(reference));
}
