/** Debian's Chromium, headless, for the viewer tests (installed by the tests' global set-up). */
import { requirePackage } from './system-packages.js';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../src/build/pipeline.js';
import { ensureViewerBuilt } from '../../src/serve/viewer-build.js';
import { startServer } from '../../src/serve/server.js';

const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  requirePackage(CHROMIUM);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** A page on the viewer at `url`, failing the test on any page error, once the viewer is ready. */
export async function openViewer(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return page;
}

/** The seed graph built into a fresh folder, served with the viewer on a free port, and Chromium. */
export interface ServedViewer {
  outDir: string;
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Build, serve and launch (for a suite's `beforeAll`); `close` ends all three. */
export async function serveSeedViewer(prefix: string): Promise<ServedViewer> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  await buildGraph({ outDir });
  const { server, url } = await startServer({ viewerDir: await ensureViewerBuilt(), dataDir: outDir, port: 0 });
  const browser = await launchChromium();
  return {
    outDir,
    url,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}
