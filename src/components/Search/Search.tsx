/**
 * The search page: query and filters in the URL, clause-level results from
 * Pagefind with a marked excerpt, keyboard navigation. With a province chosen, its
 * bundle is searched; without one, the nationwide bundle finds the plans, the best
 * ones are opened into clauses and the others listed, each to open on request
 * (src/lib/search/scope.ts). Without JavaScript the same form submits to this page
 * and a message explains what is missing.
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
import { provinceLabel } from '../../lib/plan-format';
import { SEARCH_ROOT, provinceBundlePath } from '../../lib/search/bundles';
import { type FilterProblem, type FoundPlan, clauseSearches, filterProblems } from '../../lib/search/scope';
import { type PagefindResult, bundleFilters, commonWords, readResult, searchBundle } from './pagefind';
import { type PlanQuery, planQueries } from '../../lib/search/common-words';
import { type ClauseHit, type PageHit, rankClauses } from '../../lib/search/rank';
import { compareVi, formatNumber } from '../../lib/core/vi-format';

/** The filters' values known when the page is built: provinces with plans, levels, families. The plans come from the bundles. */
export type FilterOptions = Record<Exclude<SearchFilterKey, 'ke-hoach'>, string[]>;

/**
 * The plans whose province is inferred, by `ke-hoach` filter value (kept as first published
 * for shared links) → the label pages show, which says so (plan-format.ts). Few plans.
 */
export type InferredPlanLabels = Record<string, string>;

interface ResultView {
  url: string;
  clause: string;
  plan: string;
  excerpt: Segment[];
}

interface PlanView extends FoundPlan {
  /** Whether its clauses are among the results. */
  opened: boolean;
  /** Its best clauses, once opened on request. */
  clauses: ResultView[] | null;
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'invalid'; problems: FilterProblem[] }
  | {
      kind: 'done';
      query: string;
      plans: number;
      plansRead: number;
      results: ResultView[];
      /** Searched nationwide: the plans found, as far as listed, and how they were searched for. */
      found: PlanView[] | null;
      planQuery: PlanQuery | null;
      /** The plans found are shown; the clauses of the best are still being read. */
      reading: boolean;
    };

/** What of a query's results is shown: how many of the best plans are opened into clauses, which others, how many plans listed. */
interface View {
  open: number;
  alsoOpen: string[];
  listed: number;
}

/** Clauses shown, and plans read (downloaded) per step: enough for a page of results on a slow line. */
const SHOWN = 20;
/** Clauses shown under a plan opened on request. */
const SHOWN_PER_PLAN = 5;
const PLANS_PER_STEP = 3;
/** Plans listed per step in a nationwide search (each is a small file to fetch). */
const LISTED_PER_STEP = 10;
const FIRST_VIEW: View = { open: PLANS_PER_STEP, alsoOpen: [], listed: LISTED_PER_STEP };

interface ReadPage extends PageHit {
  url: string;
}

async function readPages(basePath: string, found: PagefindResult[]): Promise<ReadPage[]> {
  const pages = await Promise.all(found.map((r) => readResult(basePath, r)));
  return pages.map((d, i) => ({
    url: d.url,
    score: found[i]!.score,
    plan: d.meta.title ?? '',
    content: d.content,
    anchorLocations: d.anchors.map((a) => a.location).sort((a, b) => a - b),
    subResults: d.subResults,
  }));
}

async function readPlan(result: PagefindResult): Promise<FoundPlan> {
  const d = await readResult(SEARCH_ROOT, result);
  return { url: d.url, title: d.meta.title ?? '', province: d.filters.tinh?.[0] ?? '', label: d.filters['ke-hoach']?.[0] ?? '' };
}

/** The plans of a province's bundle, or of the whole country's, by their `ke-hoach` filter values. */
async function planLabels(province: string | undefined): Promise<string[]> {
  const counts = await bundleFilters(province ? provinceBundlePath(province) : SEARCH_ROOT);
  return Object.keys(counts['ke-hoach'] ?? {}).sort(compareVi);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function resultView(c: ClauseHit, q: string): ResultView {
  return { url: c.url, clause: c.clause ? capitalise(c.clause) : 'Phần đầu và phần cuối văn bản', plan: c.plan, excerpt: excerptSegments(c.text, q) };
}

/** One result: the clause (a link to it), its plan, the excerpt with the matched words marked. */
function Result({ result }: { result: ResultView }) {
  return (
    <li>
      <a href={result.url} class="search__link">
        <span class="search__clause">{result.clause}</span>
        <span class="search__plan">{result.plan}</span>
      </a>
      <p class="search__excerpt">{result.excerpt.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</p>
    </li>
  );
}

type Done = Extract<Outcome, { kind: 'done' }>;

/** What was found, in words: how many plans, and how many of their clauses are shown. */
function doneStatus({ query, plans, plansRead, results, planQuery, reading }: Done): string {
  if (plans === 0) return `Không tìm thấy kết quả nào cho “${query}”.`;
  const quoted = (words: string[]) => words.map((w) => `“${w}”`).join(', ');
  const found = planQuery?.mostUsing
    ? `“${query}”: ${planQuery.common.length > 1 ? 'các từ này đều' : 'từ này'} có trong hơn ${formatNumber(planQuery.commonAbove)} kế hoạch, dưới đây là ${formatNumber(plans)} kế hoạch dùng nhiều nhất`
    : planQuery?.common.length
      ? `“${query}”: ${formatNumber(plans)} kế hoạch có “${planQuery.terms}” (${planQuery.common.length > 1 ? 'các từ' : 'từ'} ${quoted(planQuery.common)} có trong hơn ${formatNumber(planQuery.commonAbove)} kế hoạch nên không dùng để chọn kế hoạch)`
      : `“${query}” có trong ${formatNumber(plans)} kế hoạch`;
  if (reading) return `${found}; đang đọc đoạn khớp của các kế hoạch đầu…`;
  return `${found}; ${results.length} đoạn khớp nhất` + (plansRead < plans ? ` của ${formatNumber(plansRead)} kế hoạch đầu.` : '.');
}

function plansHeading({ query, plans, planQuery }: Done): string {
  if (planQuery?.mostUsing) return `Các kế hoạch dùng nhiều nhất các từ “${query}” (${plans})`;
  return `Các kế hoạch có “${planQuery?.common.length ? planQuery.terms : query}” (${plans})`;
}

export default function Search({ options, inferredPlans }: { options: FilterOptions; inferredPlans: InferredPlanLabels }) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [view, setView] = useState<View>(FIRST_VIEW);
  /** The chosen province's plans, once loaded. */
  const [plans, setPlans] = useState<string[] | null>(null);
  // False in the server-rendered HTML, so a browser without JavaScript shows why search is missing.
  const [scripted, setScripted] = useState(false);
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const run = async (raw: string, activeFilters: SearchFilters, shown: View = FIRST_VIEW) => {
    const ticket = ++latest.current;
    setView(shown);
    history.replaceState(null, '', `${location.pathname}${stateToSearch({ q: raw, filters: activeFilters })}`);
    const q = prepareQuery(raw);
    const province = activeFilters.tinh;
    try {
      let problems = filterProblems(activeFilters, options);
      if (!problems.length && activeFilters['ke-hoach']) {
        problems = filterProblems(activeFilters, { 'ke-hoach': await planLabels(province) });
        if (ticket !== latest.current) return;
      }
      if (problems.length) {
        setOutcome({ kind: 'invalid', problems });
        return;
      }
      if (!q) {
        setOutcome({ kind: 'idle' });
        return;
      }
      setOutcome((o) => (o.kind === 'done' ? o : { kind: 'loading' }));
      const filterArg = Object.fromEntries(Object.entries(activeFilters).filter(([, v]) => v)) as Record<string, string>;
      let pages: ReadPage[];
      let found: PlanView[] | null = null;
      let planQuery: PlanQuery | null = null;
      let total: number;
      if (province) {
        const results = await searchBundle(provinceBundlePath(province), q, filterArg);
        if (ticket !== latest.current) return;
        total = results.length;
        pages = await readPages(provinceBundlePath(province), results.slice(0, shown.open));
      } else {
        let results: PagefindResult[] = [];
        const common = await commonWords();
        for (const attempt of planQueries(q, common)) {
          planQuery = attempt;
          results = await searchBundle(SEARCH_ROOT, attempt.terms, filterArg);
          if (ticket !== latest.current) return;
          if (results.length) break;
        }
        total = results.length;
        const listed = await Promise.all(results.slice(0, Math.max(shown.listed, shown.open)).map(readPlan));
        if (ticket !== latest.current) return;
        const opened = new Set(listed.slice(0, shown.open).map((p) => p.url));
        const toOpen = listed.filter((p) => opened.has(p.url) || shown.alsoOpen.includes(p.url));
        // A new query shows the plans found at once; their clauses follow (read from their
        // provinces' bundles). More of the same query's results replace what is shown when ready.
        if (toOpen.length) {
          const reading: Outcome = { kind: 'done', query: q, plans: total, plansRead: 0, found: listed.map((p) => ({ ...p, opened: opened.has(p.url), clauses: null })), planQuery, results: [], reading: true };
          setOutcome((o) => (o.kind === 'done' && o.query === q && !o.reading ? o : reading));
        }
        const read = await Promise.all(
          clauseSearches(toOpen, activeFilters).map(async (search) => {
            const inProvince = await readPages(search.basePath, await searchBundle(search.basePath, q, search.filters));
            return inProvince.filter((page) => search.urls.has(page.url));
          }),
        );
        const byUrl = new Map(read.flat().map((page) => [page.url, page]));
        pages = listed.flatMap((p) => (opened.has(p.url) && byUrl.has(p.url) ? [byUrl.get(p.url)!] : []));
        found = listed.map((p) => {
          const page = byUrl.get(p.url);
          const clauses = !opened.has(p.url) && page ? rankClauses([page], q).slice(0, SHOWN_PER_PLAN).map((c) => resultView(c, q)) : null;
          return { ...p, opened: opened.has(p.url), clauses };
        });
      }
      if (ticket !== latest.current) return;
      const clauses = rankClauses(pages, q).slice(0, SHOWN);
      setOutcome({
        kind: 'done',
        query: q,
        plans: total,
        plansRead: pages.length,
        found,
        planQuery,
        results: clauses.map((c) => resultView(c, q)),
        reading: false,
      });
    } catch {
      if (ticket === latest.current) setOutcome({ kind: 'error' });
    }
  };

  // The plan choice lists the chosen province's plans, read from its bundle when chosen.
  useEffect(() => {
    setPlans(null);
    if (!filters.tinh || filterProblems({ tinh: filters.tinh }, options).length) return;
    let current = true;
    planLabels(filters.tinh)
      .then((labels) => current && setPlans(labels))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [filters.tinh]);

  useEffect(() => {
    setScripted(true);
    const state = stateFromSearch(location.search);
    // Words typed while the page was still loading are not lost.
    const q = state.q || input.current?.value || '';
    setQuery(q);
    setFilters(state.filters);
    // A filter alone is checked too: a shared link whose plan no longer exists says so.
    if (q || Object.keys(state.filters).length) void run(q, state.filters);
  }, []);

  // Measure when a typed query's first results reach the screen, and when all are there (read by test/bench/search.ts).
  const measuring = useRef<'first' | 'all' | null>(null);
  useEffect(() => {
    if (outcome.kind !== 'done' || !measuring.current) return;
    if (measuring.current === 'first') performance.measure('search-results', 'search-input');
    measuring.current = 'all';
    if (!outcome.reading) {
      performance.measure('search-clauses', 'search-input');
      measuring.current = null;
    }
  }, [outcome]);

  const onInput = (value: string) => {
    performance.mark('search-input');
    measuring.current = 'first';
    setQuery(value);
    void run(value, filters);
  };
  const onFilter = (key: SearchFilterKey, value: string) => {
    const next = { ...filters, [key]: value || undefined };
    // A plan belongs to one province: choosing another province drops it.
    if (key === 'tinh') delete next['ke-hoach'];
    setFilters(next);
    void run(query, next);
  };
  const dropFilters = (keys: SearchFilterKey[]) => {
    const next = { ...filters };
    for (const key of keys) delete next[key];
    setFilters(next);
    void run(query, next);
  };
  const openPlan = (url: string) => void run(query, filters, { ...view, alsoOpen: [...view.alsoOpen, url] });

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
  /** The values each filter offers; a value from the URL is kept in its list, so the choice shows it. */
  const choices = (key: SearchFilterKey): string[] => {
    const known = key === 'ke-hoach' ? (plans ?? []) : options[key];
    const value = filters[key];
    return value && !known.includes(value) ? [value, ...known] : known;
  };

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
              <select
                id={`tim-kiem-${key}`}
                name={key}
                value={filters[key] ?? ''}
                aria-describedby={key === 'ke-hoach' && !filters.tinh ? 'tim-kiem-chon-tinh' : undefined}
                onChange={(e) => onFilter(key, e.currentTarget.value)}
              >
                <option value="">Tất cả</option>
                {choices(key).map((o) => (
                  <option value={o} key={o}>{key === 'ke-hoach' ? (inferredPlans[o] ?? o) : o}</option>
                ))}
              </select>
              {key === 'ke-hoach' && !filters.tinh && (
                <span id="tim-kiem-chon-tinh" class="search__filter-hint">Chọn tỉnh, thành phố để chọn một kế hoạch.</span>
              )}
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
      <div id="ket-qua-tim-kiem" class="search__results" aria-busy={outcome.kind === 'loading' || (outcome.kind === 'done' && outcome.reading)}>
        <p role="status" class="search__status">
          {outcome.kind === 'loading' && 'Đang tìm…'}
          {outcome.kind === 'error' && 'Không tải được chỉ mục tìm kiếm. Hãy kiểm tra kết nối rồi tải lại trang.'}
          {outcome.kind === 'invalid' && 'Bộ lọc trong địa chỉ này không còn dùng được.'}
          {outcome.kind === 'done' && doneStatus(outcome)}
        </p>
        {outcome.kind === 'done' && outcome.planQuery?.mostUsing && outcome.plans > 0 && (
          <p class="search__hint">Để tìm trong mọi kế hoạch, hãy chọn tỉnh, thành phố hoặc thêm từ cụ thể hơn (tên xã, số hiệu văn bản…).</p>
        )}
        {outcome.kind === 'invalid' && (
          <div class="search__empty">
            <ul>
              {outcome.problems.map((p) => (
                <li key={p.key}>{p.message}</li>
              ))}
            </ul>
            <p>
              <button type="button" onClick={() => dropFilters(outcome.problems.map((p) => p.key))}>
                Bỏ {outcome.problems.length > 1 ? 'các bộ lọc này' : 'bộ lọc này'} và tìm lại
              </button>
            </p>
          </div>
        )}
        {outcome.kind === 'done' && outcome.plans === 0 && (
          <div class="search__empty">
            {activeFilterCount > 0 && (
              <p>
                Đang lọc theo {activeFilterCount} điều kiện.{' '}
                <button type="button" onClick={() => dropFilters(SEARCH_FILTER_KEYS)}>
                  Bỏ bộ lọc và tìm lại
                </button>
              </p>
            )}
            <p>Gợi ý: kiểm tra chính tả; thử gõ không dấu hoặc dùng chữ viết tắt quen thuộc (DTTS, UBND, HĐND, CBCCVC, MTTQ, VH-XH); bớt từ khóa.</p>
          </div>
        )}
        {outcome.kind === 'done' && outcome.results.length > 0 && (
          <ol class="search__list" ref={list} onKeyDown={onListKey}>
            {outcome.results.map((r) => (
              <Result result={r} key={r.url} />
            ))}
          </ol>
        )}
        {outcome.kind === 'done' && !outcome.reading && outcome.plansRead < outcome.plans && (
          <button type="button" onClick={() => void run(query, filters, { ...view, open: view.open + PLANS_PER_STEP, listed: Math.max(view.listed, view.open + PLANS_PER_STEP) })}>
            Xem thêm kết quả từ các kế hoạch khác
          </button>
        )}
        {outcome.kind === 'done' && outcome.found && outcome.found.length > 0 && (
          <section class="search__plans" aria-labelledby="tim-kiem-cac-ke-hoach">
            <h2 id="tim-kiem-cac-ke-hoach">{plansHeading(outcome)}</h2>
            <ol>
              {outcome.found.map((p) => (
                <li key={p.url}>
                  <a href={p.url}>{p.title}</a>{' '}
                  <span class="search__province">· {provinceLabel({ province: p.province, provinceInferred: inferredPlans[p.label] !== undefined })}</span>{' '}
                  {p.opened && <span class="search__opened">đoạn khớp có trong kết quả ở trên</span>}
                  {!p.opened && !p.clauses && (
                    <button type="button" aria-label={`Xem đoạn khớp trong ${p.title}`} onClick={() => openPlan(p.url)}>
                      Xem đoạn khớp
                    </button>
                  )}
                  {p.clauses && (
                    <ol class="search__plan-clauses" aria-label={`Đoạn khớp trong ${p.title}`}>
                      {p.clauses.map((r) => (
                        <Result result={r} key={r.url} />
                      ))}
                    </ol>
                  )}
                </li>
              ))}
            </ol>
            {outcome.found.length < outcome.plans && (
              <button type="button" onClick={() => void run(query, filters, { ...view, listed: view.listed + LISTED_PER_STEP })}>
                Xem thêm kế hoạch
              </button>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
