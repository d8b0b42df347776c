/** Per-file helpers for browser tests: a page on the shared Chromium, and the site origin. */
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const origin = () => inject('origin');

type ContextOptions = NonNullable<Parameters<Browser['newContext']>[0]>;

/**
 * What a test may change about its page or context that a reset cannot undo (scripts added
 * to every document, routes, a fake clock, the viewport, offline…): a page on which any of
 * these is called is closed after the test instead of being given to the next one.
 */
const LASTING_CHANGES = {
  page: ['addInitScript', 'exposeFunction', 'exposeBinding', 'route', 'routeFromHAR', 'routeWebSocket', 'setExtraHTTPHeaders', 'setViewportSize', 'emulateMedia'],
  context: ['addInitScript', 'exposeFunction', 'exposeBinding', 'route', 'routeFromHAR', 'routeWebSocket', 'setExtraHTTPHeaders', 'setGeolocation', 'grantPermissions', 'setOffline', 'setHTTPCredentials'],
  clock: ['install', 'setFixedTime', 'setSystemTime', 'pauseAt', 'fastForward', 'runFor', 'resume'],
} as const;

/** Calls `onChange` whenever one of `methods` is called on `target`. */
function watchCalls(target: object, methods: readonly string[], onChange: () => void): void {
  const callable = target as Record<string, (...args: unknown[]) => unknown>;
  for (const name of methods) {
    const original = callable[name]!.bind(target);
    callable[name] = (...args: unknown[]) => {
      onChange();
      return original(...args);
    };
  }
}

/** The listeners Playwright itself keeps on a page or context (on 'close' and 'crash'). */
interface Emitter {
  eventNames(): (string | symbol)[];
  listeners(event: string | symbol): unknown[];
  off(event: string | symbol, listener: unknown): void;
}
type Listeners = Map<string | symbol, Set<unknown>>;
const listenersOf = (emitter: Emitter): Listeners => new Map(emitter.eventNames().map((event) => [event, new Set(emitter.listeners(event))]));

/** Removes the listeners a test added (page.on('request', …)), keeping Playwright's own. */
function removeAddedListeners(emitter: Emitter, own: Listeners): void {
  for (const event of emitter.eventNames()) {
    for (const listener of emitter.listeners(event)) if (!own.get(event)?.has(listener)) emitter.off(event, listener);
  }
}

/** What a page is given before the test has it: `fixedTime`, the day the page's clock shows (ISO). */
interface PageOptions {
  fixedTime?: string;
}

/** A page in a context of its own; `changed` once it holds what a reset cannot undo (or may hold it: a service worker). */
interface LentPage {
  key: string;
  page: Page;
  changed: boolean;
  ownListeners: { page: Listeners; context: Listeners };
}

/**
 * Opens a browser connection for this test file.
 * - `newPage()` gives a page in a fresh context of its own. Opening a page costs Chromium
 *   about half a second of CPU, so a page the test left unchanged (see LASTING_CHANGES) is
 *   reset after the test (blank document, listeners, cookies, storage and HTTP cache of
 *   the site cleared) and given to the next `newPage()` with the same options; a page
 *   that needs a fixed day asks for it here (`{ fixedTime }`), so that it can be reused. A page
 *   whose service worker is allowed is never reused: its worker and caches outlive a reset.
 * - `filePage()` gives one page for the whole file, for tests that each open their own
 *   address and keep nothing between them.
 * - `sharedContextPage()` gives a new page, closed when the test ends, in one context kept
 *   for the whole file: its service worker installs once, not once per test.
 */
export function useBrowser() {
  let browser: Browser;
  const lent: LentPage[] = [];
  const idle = new Map<string, LentPage[]>();
  const perTestPages: Page[] = [];
  const perFile = new Map<string, Promise<{ context: BrowserContext; page: Page }>>();
  const open = async (options: ContextOptions = {}) => {
    // The service worker would precache the whole site behind every test's back:
    // only the tests of offline use and the CSP (test/browser/offline.test.ts, csp.test.ts) allow it.
    const context = await browser.newContext({ locale: 'vi-VN', serviceWorkers: 'block', ...options });
    return { context, page: await context.newPage() };
  };
  const fileContext = (options: ContextOptions) => {
    const key = JSON.stringify(options);
    if (!perFile.has(key)) perFile.set(key, open(options));
    return perFile.get(key)!;
  };
  const lend = async (options: ContextOptions, { fixedTime }: PageOptions): Promise<LentPage> => {
    const key = JSON.stringify([options, fixedTime]);
    const reused = idle.get(key)?.pop();
    if (reused) return reused;
    const { context, page } = await open(options);
    if (fixedTime) await page.clock.setFixedTime(new Date(fixedTime));
    const ownListeners = { page: listenersOf(page as unknown as Emitter), context: listenersOf(context as unknown as Emitter) };
    const entry: LentPage = { key, page, changed: options.serviceWorkers === 'allow', ownListeners };
    const markChanged = () => { entry.changed = true; };
    watchCalls(page, LASTING_CHANGES.page, markChanged);
    watchCalls(context, LASTING_CHANGES.context, markChanged);
    watchCalls(page.clock, LASTING_CHANGES.clock, markChanged);
    return entry;
  };
  /** Brings a page back to a blank state, or closes its context when it cannot be. */
  const giveBack = async (entry: LentPage) => {
    const context = entry.page.context();
    if (entry.changed || entry.page.isClosed()) {
      await context.close();
      return;
    }
    try {
      removeAddedListeners(entry.page as unknown as Emitter, entry.ownListeners.page);
      removeAddedListeners(context as unknown as Emitter, entry.ownListeners.context);
      await Promise.all(context.pages().filter((other) => other !== entry.page).map((other) => other.close()));
      await entry.page.goto('about:blank');
      await context.clearCookies();
      const session = await context.newCDPSession(entry.page);
      await session.send('Storage.clearDataForOrigin', { origin: origin(), storageTypes: 'all' });
      await session.send('Network.clearBrowserCache');
      await session.detach();
    } catch {
      // A page left mid-way by a failed test (a dialog open, a download pending) is not worth saving.
      await context.close();
      return;
    }
    idle.set(entry.key, [...(idle.get(entry.key) ?? []), entry]);
  };
  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterEach(async () => {
    await Promise.all([...lent.splice(0).map(giveBack), ...perTestPages.splice(0).map((p) => p.close())]);
  });
  afterAll(async () => {
    await browser.close();
  });
  return {
    async newPage(options: ContextOptions = {}, pageOptions: PageOptions = {}): Promise<Page> {
      const entry = await lend(options, pageOptions);
      lent.push(entry);
      return entry.page;
    },
    /** The file's page for these options (one per distinct options), opened on first use. */
    filePage(options: ContextOptions = {}): Promise<Page> {
      return fileContext(options).then(({ page }) => page);
    },
    async sharedContextPage(options: ContextOptions = {}): Promise<Page> {
      const page = await (await fileContext(options)).context.newPage();
      perTestPages.push(page);
      return page;
    },
  };
}

/**
 * Opens `url` as a new document. An address that differs from the page's current one only
 * in its fragment would just scroll, so the page passes through a blank document first.
 */
export async function openDocument(page: Page, url: string): Promise<void> {
  const withoutFragment = (address: string) => address.replace(/#.*/, '');
  if (withoutFragment(page.url()) === withoutFragment(url)) await page.goto('about:blank');
  await page.goto(url);
}

/**
 * Waits until the page has loaded and every island has hydrated (Astro removes an island's
 * `ssr` attribute once its component has run), then one frame and one task more, so that
 * effects run after hydration have started. Playwright's 'networkidle' would wait a further
 * 500 ms of quiet on every page; tests that assert that nothing is requested still use it.
 * A page that sends the reader on (the plan list with a province filter opens that
 * province's page) is waited for again on the page it opens.
 */
export async function settled(page: Page): Promise<void> {
  const giveUp = Date.now() + 10_000;
  for (;;) {
    try {
      await page.waitForLoadState('load');
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done))));
      return;
    } catch (error) {
      if (Date.now() > giveUp || !/context was destroyed|navigation/i.test(String(error))) throw error;
    }
  }
}
