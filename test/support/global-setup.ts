/**
 * Browser tests: serve the built site on loopback and start one Debian Chromium
 * that every test file connects to. The site must be built first (npm test does).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { DIST, startStaticServer } from './static-server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('Chưa có bản build trong dist/: hãy chạy "npm run build" trước (npm test tự làm việc này).');
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Không thấy Chromium ở ${CHROMIUM_PATH}: cài bằng "apt-get install -y chromium" hoặc đặt CHROMIUM_PATH.`);
  }
  const { server, origin } = await startStaticServer();
  const browser: BrowserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  project.provide('origin', origin);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise((done) => server.close(done));
  };
}
