/**
 * Service worker registration and the update notice. A new version installs in the
 * background and waits; it takes over only when the user chooses to reload, so a page
 * never changes under someone in the middle of reading or computing.
 */

/**
 * A first install downloads the shell (layout, lists, calculators, search runtime: about
 * 0.5 MB, docs/offline.md). On a slow connection that waits until the page has settled, so
 * the page's own scripts, and the first file an official loads, do not queue behind it.
 */
const FIRST_INSTALL_DELAY_MS = 5000;

/** Set when the user asked for the new version in this tab: only then does it reload. */
let reloadRequested = false;

function offerUpdate(waiting: ServiceWorker): void {
  const region = document.querySelector<HTMLElement>('[data-update-notice]');
  const content = document.querySelector<HTMLTemplateElement>('#update-notice-content');
  if (!region || !content || region.childElementCount > 0) return;
  region.append(content.content.cloneNode(true));
  region.querySelector('[data-update-reload]')?.addEventListener('click', () => {
    // The new worker takes control; 'controllerchange' below then reloads.
    reloadRequested = true;
    waiting.postMessage('skip-waiting');
  });
  region.querySelector('[data-update-later]')?.addEventListener('click', () => region.replaceChildren());
}

export async function watchForUpdates(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  // Precaching the whole site must not compete with the page's own first load.
  if (document.readyState !== 'complete') await new Promise((loaded) => addEventListener('load', loaded, { once: true }));
  const container = navigator.serviceWorker;
  // Saved pages of a previous version are fetched again (see service-worker.js).
  container.controller?.postMessage('refresh-saved');
  if (!container.controller) await new Promise((settled) => setTimeout(settled, FIRST_INSTALL_DELAY_MS));
  let registration: ServiceWorkerRegistration;
  try {
    registration = await container.register('/sw.js', { scope: '/' });
  } catch {
    // No offline copy (private window, blocked by policy): the site works online as before.
    return;
  }
  // A first install has no page to update: only offer when an older version is in control.
  const offerIfWaiting = () => {
    if (registration.waiting && container.controller) offerUpdate(registration.waiting);
  };
  const whenInstalled = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offerIfWaiting();
    });
  offerIfWaiting();
  // The browser may have found the new version before this script ran (on navigation).
  whenInstalled(registration.installing);
  registration.addEventListener('updatefound', () => whenInstalled(registration.installing));
  container.addEventListener('controllerchange', () => {
    if (reloadRequested) location.reload();
  });
}
