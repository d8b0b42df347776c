/**
 * Wires each save button to the "saved" cache. Saving fetches every address (through the
 * service worker when it controls the page) and keeps the answers; the service worker
 * reads them when there is no network and refreshes them when a new version activates.
 */
import { SAVED_CACHE } from '../../lib/offline/routes';
import { listedUrls } from '../../lib/offline/saved';

const SAVED_TEXT = 'Đã lưu để đọc khi không có mạng';

/** The pages a button keeps, and the list file itself when it names one. */
async function targets(root: HTMLElement): Promise<{ urls: string[]; list?: string }> {
  const list = root.dataset.listUrl;
  if (!list) return { urls: JSON.parse(root.dataset.urls ?? '[]') as string[] };
  const stored = await (await caches.open(SAVED_CACHE)).match(list);
  const response = stored ?? (await fetch(list));
  const urls = response.ok ? listedUrls(await response.json()) : null;
  if (!urls) throw new Error(`${list}: not a list of pages`);
  return { urls, list };
}

async function isSaved(root: HTMLElement): Promise<boolean> {
  const cache = await caches.open(SAVED_CACHE);
  if (root.dataset.listUrl && !(await cache.match(root.dataset.listUrl))) return false;
  const { urls } = await targets(root);
  return (await Promise.all(urls.map((url) => cache.match(url)))).every(Boolean);
}

function show(root: HTMLElement, saved: boolean, message: string): void {
  root.querySelector<HTMLButtonElement>('[data-save]')!.hidden = saved;
  root.querySelector<HTMLButtonElement>('[data-remove]')!.hidden = !saved;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  status.textContent = message;
  status.toggleAttribute('data-saved-mark', saved);
}

async function save(root: HTMLElement): Promise<void> {
  const button = root.querySelector<HTMLButtonElement>('[data-save]')!;
  button.disabled = true;
  try {
    const cache = await caches.open(SAVED_CACHE);
    const { urls, list } = await targets(root);
    let done = 0;
    let failed = 0;
    // One at a time: a province list can name hundreds of pages, and the reader may be on a phone.
    for (const url of urls) {
      if (!(await cache.match(url))) await cache.add(url).catch(() => failed++);
      done++;
      if (urls.length > 2) show(root, false, `Đang lưu ${done}/${urls.length} trang…`);
    }
    if (failed) {
      show(root, false, `Chưa lưu được ${failed}/${urls.length} trang. Kiểm tra kết nối mạng rồi bấm lưu lại.`);
      return;
    }
    // Last: a kept list file means every page it names is kept.
    if (list) await cache.add(list);
    const hadFocus = document.activeElement === button;
    show(root, true, SAVED_TEXT);
    if (hadFocus) root.querySelector<HTMLButtonElement>('[data-remove]')!.focus();
  } catch {
    show(root, false, 'Chưa lưu được. Kiểm tra kết nối mạng rồi bấm lưu lại.');
  } finally {
    button.disabled = false;
  }
}

async function remove(root: HTMLElement): Promise<void> {
  const cache = await caches.open(SAVED_CACHE);
  const { urls, list } = await targets(root);
  await Promise.all([...urls, ...(list ? [list] : [])].map((url) => cache.delete(url)));
  show(root, false, 'Đã bỏ lưu. Khi không có mạng, các trang này sẽ không mở được.');
  root.querySelector<HTMLButtonElement>('[data-save]')!.focus();
}

export function enhanceSaveButtons(roots: Iterable<HTMLElement>): void {
  // Pages kept in the browser are only served offline by the service worker.
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  for (const root of roots) {
    root.querySelector('[data-save]')!.addEventListener('click', () => void save(root));
    root.querySelector('[data-remove]')!.addEventListener('click', () => void remove(root));
    isSaved(root).then(
      (saved) => {
        if (saved) show(root, true, SAVED_TEXT);
        root.hidden = false;
      },
      () => {
        root.hidden = false;
      },
    );
  }
}
