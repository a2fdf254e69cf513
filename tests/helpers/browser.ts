/**
 * Headless Chromium for browser tests: Debian's build, driven by
 * playwright-core. No test downloads a browser; `CHROMIUM_PATH` overrides the
 * default `/usr/bin/chromium`. Background networking is off because the
 * machine has no network beyond its package registries.
 */
import { chromium, type Browser } from 'playwright-core';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
