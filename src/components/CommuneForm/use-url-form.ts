/**
 * The state of a one-record form (a commune, the province, an ethnic-affairs body) kept in
 * the page's address: opening a link fills the form and computes; submitting computes,
 * writes the figures to the address, and moves focus to the error summary or the results.
 * Forms that share a page each write only their own parameters.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { replaceParams } from '../../lib/core/url-state';
import type { FormError, FormValues } from '../../lib/csv/form-row';

export type FormOutcome<D> = { kind: 'empty' } | { kind: 'invalid'; errors: FormError[] } | ({ kind: 'done' } & D);

export function useUrlForm<S extends { values: FormValues }, D>(options: {
  initial: S;
  fromSearch: (search: string) => S;
  toSearch: (state: S) => string;
  /** Every URL parameter `toSearch` may write. */
  params: readonly string[];
  hasInput: (values: FormValues) => boolean;
  compute: (state: S) => { ok: true; done: D } | { ok: false; errors: FormError[] };
}) {
  const [state, setState] = useState<S>(options.initial);
  const [outcome, setOutcome] = useState<FormOutcome<D>>({ kind: 'empty' });
  const summary = useRef<HTMLDivElement>(null);
  const results = useRef<HTMLElement>(null);

  const run = (next: S, focus: boolean) => {
    history.replaceState(null, '', `${location.pathname}${replaceParams(location.search, options.params, options.toSearch(next))}`);
    const computed = options.compute(next);
    setOutcome(computed.ok ? { kind: 'done', ...computed.done } : { kind: 'invalid', errors: computed.errors });
    if (focus) requestAnimationFrame(() => (computed.ok ? results : summary).current?.focus());
  };

  useEffect(() => {
    const fromUrl = options.fromSearch(location.search);
    setState(fromUrl);
    if (options.hasInput(fromUrl.values)) run(fromUrl, false);
  }, []);

  return {
    state,
    setState,
    setValue: (key: string, value: string) => setState((s) => ({ ...s, values: { ...s.values, [key]: value } })),
    outcome,
    errors: outcome.kind === 'invalid' ? outcome.errors : [],
    submit: (event: Event) => {
      event.preventDefault();
      run(state, true);
    },
    summary,
    results,
  };
}
