/**
 * Enhances the clause controls: "Liên kết" copies the clause's full URL (and still
 * navigates to it), "Trích dẫn" copies the citation in words. A status line
 * announces the result to screen readers.
 */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API unavailable (plain http, old browser, denied): fall back.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function enhanceClauseTools(root: HTMLElement, status: HTMLElement): void {
  root.addEventListener('click', async (event) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-copy]');
    const clause = control?.closest<HTMLElement>('[data-clause]');
    if (!control || !clause) return;
    const id = clause.dataset.clause ?? '';
    const label = clause.dataset.cite ?? '';
    const url = `${location.origin}${location.pathname}#${id}`;
    const text = control.dataset.copy === 'cite' ? `${label}, ${root.dataset.docCite ?? ''}` : url;
    const ok = await copyText(text);
    status.textContent = ok
      ? `Đã sao chép ${control.dataset.copy === 'cite' ? 'trích dẫn' : 'liên kết tới'} ${label}.`
      : `Không sao chép được. Hãy chép thủ công: ${text}`;
  });
}
