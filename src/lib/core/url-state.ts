/**
 * A page's state in its query string (docs/links.md "Links that carry a state"): the
 * search page's query and filters, the plan list's and the register's filters, a
 * calculator's one-commune form. Each describes its parameters once, in the order they
 * are written, and gets both directions from them: reading a link someone sent and
 * writing the address after every change.
 */

/** One part of a state: how it is read from the parameters and written back to them. */
export interface QueryField<T> {
  read(params: URLSearchParams): T;
  write(value: T, params: URLSearchParams): void;
}

export interface QueryCodec<S> {
  fromSearch(search: string): S;
  /** "?a=1&b=2", or '' when nothing is to be written. */
  toSearch(state: S): string;
}

export function queryCodec<S>(field: QueryField<S>): QueryCodec<S> {
  return {
    fromSearch: (search) => field.read(new URLSearchParams(search)),
    toSearch(state) {
      const params = new URLSearchParams();
      field.write(state, params);
      const text = params.toString();
      return text ? `?${text}` : '';
    },
  };
}

/** A state made of parts, written in the order they are given. */
export function stateFields<S extends object>(fields: { [K in keyof S]: QueryField<S[K]> }): QueryField<S> {
  const keys = Object.keys(fields) as (keyof S)[];
  return {
    read: (params) => Object.fromEntries(keys.map((key) => [key, fields[key].read(params)])) as S,
    write(state, params) {
      for (const key of keys) fields[key].write(state[key], params);
    },
  };
}

export interface TextOptions {
  /** How a value is taken from the address (e.g. to NFC: a link typed elsewhere may come decomposed). */
  read?: (value: string) => string;
  /** How a value is written; one that comes out empty is left out of the address. */
  write?: (value: string) => string;
}

const same = (value: string) => value;

/** One text parameter; absent reads as ''. */
export function textParam(key: string, { read = same, write = same }: TextOptions = {}): QueryField<string> {
  return {
    read: (params) => read(params.get(key) ?? ''),
    write(value, params) {
      const written = write(value);
      if (written) params.set(key, written);
    },
  };
}

/** A text parameter per key, as one record (a form's fields, a list's filters); absent keys read as ''. */
export function textParams<K extends string>(keys: readonly K[], options: TextOptions = {}): QueryField<Record<K, string>> {
  const fields = keys.map((key) => [key, textParam(key, options)] as const);
  return {
    read: (params) => Object.fromEntries(fields.map(([key, field]) => [key, field.read(params)])) as Record<K, string>,
    write(values, params) {
      for (const [key, field] of fields) field.write(values[key] ?? '', params);
    },
  };
}

/** Like textParams, but a key that is absent or empty is left out of the record (filters that are set). */
export function presentParams<K extends string>(keys: readonly K[], options: TextOptions = {}): QueryField<Partial<Record<K, string>>> {
  const all = textParams(keys, options);
  return {
    read: (params) => Object.fromEntries(Object.entries(all.read(params)).filter(([, value]) => value)) as Partial<Record<K, string>>,
    write: (values, params) => all.write(values as Record<K, string>, params),
  };
}

/** One of a list of things named by an id (a rule set); an unknown or absent id reads as what `byId` gives for it. */
export function choiceParam<T>(key: string, byId: (id: string | null) => T, idOf: (choice: T) => string): QueryField<T> {
  return {
    read: (params) => byId(params.get(key)),
    write: (choice, params) => params.set(key, idOf(choice)),
  };
}

/** A whole number; anything else, or one `valid` refuses, reads as `fallback`. Always written. */
export function numberParam(key: string, valid: (value: number) => boolean, fallback: number): QueryField<number> {
  return {
    read(params) {
      const value = Number(params.get(key));
      return Number.isInteger(value) && valid(value) ? value : fallback;
    },
    write: (value, params) => params.set(key, String(value)),
  };
}

/** A yes/no parameter: present as "co" when true, absent when false. */
export function flagParam(key: string): QueryField<boolean> {
  return {
    read: (params) => params.get(key) === 'co',
    write(value, params) {
      if (value) params.set(key, 'co');
    },
  };
}

/**
 * The page's query string with one state's parameters (`owned`) replaced by `own`, the
 * others left as they are: several forms on one page share its address.
 */
export function replaceParams(search: string, owned: readonly string[], own: string): string {
  const params = new URLSearchParams(search);
  for (const name of owned) params.delete(name);
  for (const [name, value] of new URLSearchParams(own)) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
