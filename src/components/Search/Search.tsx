/**
 * The search page: query and filters in the URL, clause-level results from
 * Pagefind with a marked excerpt, keyboard navigation. Without JavaScript the
 * same form submits to this page and a message explains what is missing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { excerptSegments, type Segment } from '../../lib/search/excerpt';
import {
  SEARCH_FILTERS,
  SEARCH_FILTER_KEYS,
  type SearchFilterKey,
  type SearchFilters,
  prepareQuery,
  stateFromSearch,
  stateToSearch,
} from '../../lib/search/search-url';
import { type PagefindResult, searchPlans } from './pagefind';
import { type PageHit, rankClauses } from '../../lib/search/rank';

export type FilterOptions = Record<SearchFilterKey, string[]>;

interface ResultView {
  url: string;
  clause: string;
  plan: string;
  excerpt: Segment[];
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'done'; query: string; plans: number; plansRead: number; results: ResultView[] };

/** Clauses shown, and plans read (downloaded) per step: enough for a page of results on a slow line. */
const SHOWN = 20;
const PLANS_PER_STEP = 3;

async function readPlans(found: PagefindResult[]): Promise<PageHit[]> {
  const data = await Promise.all(found.map((r) => r.data()));
  return data.map((d, i) => ({
    score: found[i]!.score,
    plan: d.meta.title ?? '',
    content: d.content,
    wordCounts: JSON.parse(d.meta.words ?? '{}') as Record<string, number>,
    subResults: d.sub_results,
  }));
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

export default function Search({ options }: { options: FilterOptions }) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  // False in the server-rendered HTML, so a browser without JavaScript shows why search is missing.
  const [scripted, setScripted] = useState(false);
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const run = async (raw: string, activeFilters: SearchFilters, plansLimit = PLANS_PER_STEP) => {
    const ticket = ++latest.current;
    history.replaceState(null, '', `${location.pathname}${stateToSearch({ q: raw, filters: activeFilters })}`);
    const q = prepareQuery(raw);
    if (!q) {
      setOutcome({ kind: 'idle' });
      return;
    }
    setOutcome((o) => (o.kind === 'done' ? o : { kind: 'loading' }));
    try {
      const filterArg = Object.fromEntries(Object.entries(activeFilters).filter(([, v]) => v)) as Record<string, string>;
      const found = await searchPlans(q, filterArg);
      if (ticket !== latest.current) return;
      const read = found.slice(0, plansLimit);
      const clauses = rankClauses(await readPlans(read), q).slice(0, SHOWN);
      if (ticket !== latest.current) return;
      setOutcome({
        kind: 'done',
        query: q,
        plans: found.length,
        plansRead: read.length,
        results: clauses.map((c) => ({
          url: c.url,
          clause: c.clause ? capitalise(c.clause) : 'Phần đầu và phần cuối văn bản',
          plan: c.plan,
          excerpt: excerptSegments(c.text, q),
        })),
      });
    } catch {
      if (ticket === latest.current) setOutcome({ kind: 'error' });
    }
  };

  useEffect(() => {
    setScripted(true);
    const state = stateFromSearch(location.search);
    // Words typed while the page was still loading are not lost.
    const q = state.q || input.current?.value || '';
    setQuery(q);
    setFilters(state.filters);
    if (q) void run(q, state.filters);
  }, []);

  // Mark when a query's results reach the screen (read by test/bench/search.ts).
  useEffect(() => {
    if (outcome.kind === 'done' && performance.getEntriesByName('search-input').length) {
      performance.measure('search-results', 'search-input');
      performance.clearMarks('search-input');
    }
  }, [outcome]);

  const onInput = (value: string) => {
    performance.mark('search-input');
    setQuery(value);
    void run(value, filters);
  };
  const onFilter = (key: SearchFilterKey, value: string) => {
    const next = { ...filters, [key]: value || undefined };
    setFilters(next);
    void run(query, next);
  };
  const clearFilters = () => {
    setFilters({});
    void run(query, {});
  };

  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
  const onInputKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0]!.focus();
    }
  };
  const onListKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.current?.focus();
    else all[Math.min(next, all.length - 1)]!.focus();
  };
  const activeFilterCount = Object.values(filters).filter(Boolean).length;

  return (
    <div class="search" data-search-ready={scripted ? '' : undefined}>
      <form class="search__form" role="search" aria-label="Tìm kiếm toàn văn" action="/tim-kiem/" method="get" onSubmit={(e) => e.preventDefault()}>
        <div class="search__query">
          <label for="tim-kiem-q">Từ khóa</label>
          <input
            id="tim-kiem-q"
            ref={input}
            type="search"
            name="q"
            value={query}
            autocomplete="off"
            spellcheck={false}
            data-search-input
            aria-describedby="tim-kiem-goi-y"
            aria-controls="ket-qua-tim-kiem"
            onInput={(e) => onInput(e.currentTarget.value)}
            onKeyDown={onInputKey}
          />
          <button type="submit">Tìm</button>
        </div>
        <p id="tim-kiem-goi-y" class="search__hint">
          Gõ có dấu hoặc không dấu (<i>dan toc thieu so</i>), chữ viết tắt (<i>DTTS</i>, <i>UBND</i>, <i>HĐND</i>) hoặc số hiệu
          văn bản (<i>128/KH-UBND</i>). Phím <kbd>/</kbd> để tìm, mũi tên để chọn kết quả, <kbd>Enter</kbd> để mở.
        </p>
        <fieldset class="search__filters">
          <legend>Lọc kết quả</legend>
          {SEARCH_FILTER_KEYS.map((key) => (
            <div class="search__filter" key={key}>
              <label for={`tim-kiem-${key}`}>{SEARCH_FILTERS[key]}</label>
              <select id={`tim-kiem-${key}`} name={key} value={filters[key] ?? ''} onChange={(e) => onFilter(key, e.currentTarget.value)}>
                <option value="">Tất cả</option>
                {options[key].map((o) => (
                  <option value={o} key={o}>{o}</option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      </form>
      {!scripted && (
        <p class="notice">
          Tìm kiếm toàn văn cần bật JavaScript trong trình duyệt. Khi chưa bật, hãy mở <a href="/ke-hoach/">danh sách kế hoạch</a> và
          dùng chức năng tìm trên trang (Ctrl+F).
        </p>
      )}
      <div id="ket-qua-tim-kiem" class="search__results">
        <p role="status" class="search__status">
          {outcome.kind === 'loading' && 'Đang tìm…'}
          {outcome.kind === 'error' && 'Không tải được chỉ mục tìm kiếm. Hãy kiểm tra kết nối rồi tải lại trang.'}
          {outcome.kind === 'done' &&
            (outcome.plans === 0
              ? `Không tìm thấy kết quả nào cho “${outcome.query}”.`
              : `“${outcome.query}” có trong ${outcome.plans} kế hoạch; ${outcome.results.length} đoạn khớp nhất` +
                (outcome.plansRead < outcome.plans ? ` của ${outcome.plansRead} kế hoạch đầu.` : '.'))}
        </p>
        {outcome.kind === 'done' && outcome.plans === 0 && (
          <div class="search__empty">
            {activeFilterCount > 0 && (
              <p>
                Đang lọc theo {activeFilterCount} điều kiện. <button type="button" onClick={clearFilters}>Bỏ bộ lọc và tìm lại</button>
              </p>
            )}
            <p>Gợi ý: kiểm tra chính tả; thử gõ không dấu hoặc dùng chữ viết tắt quen thuộc (DTTS, UBND, HĐND, CBCCVC, MTTQ, VH-XH); bớt từ khóa.</p>
          </div>
        )}
        {outcome.kind === 'done' && outcome.results.length > 0 && (
          <ol class="search__list" ref={list} onKeyDown={onListKey}>
            {outcome.results.map((r) => (
              <li key={r.url}>
                <a href={r.url} class="search__link">
                  <span class="search__clause">{r.clause}</span>
                  <span class="search__plan">{r.plan}</span>
                </a>
                <p class="search__excerpt">
                  {r.excerpt.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}
                </p>
              </li>
            ))}
          </ol>
        )}
        {outcome.kind === 'done' && outcome.plansRead < outcome.plans && (
          <button type="button" onClick={() => void run(query, filters, outcome.plansRead + PLANS_PER_STEP)}>
            Xem thêm kết quả từ các kế hoạch khác
          </button>
        )}
      </div>
    </div>
  );
}
