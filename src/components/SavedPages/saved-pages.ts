/** Reads the "saved" cache and lists its pages with their titles (src/lib/offline/saved.ts). */
import { SAVED_CACHE } from '../../lib/offline/routes';
import { savedPageList } from '../../lib/offline/saved';

export async function listSavedPages(root: HTMLElement): Promise<void> {
  if (!('caches' in window)) return;
  const cache = await caches.open(SAVED_CACHE);
  const pages: { path: string; html: string }[] = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (response?.headers.get('content-type')?.startsWith('text/html')) pages.push({ path: new URL(request.url).pathname, html: await response.text() });
  }
  const list = root.querySelector<HTMLUListElement>('[data-saved-list]')!;
  list.replaceChildren(
    ...savedPageList(pages).map(({ path, title }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = path;
      link.textContent = title;
      item.append(link);
      return item;
    }),
  );
  list.hidden = list.childElementCount === 0;
  root.querySelector<HTMLElement>('[data-saved-empty]')!.hidden = !list.hidden;
}
