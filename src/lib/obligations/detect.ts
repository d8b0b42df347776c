/**
 * Which clauses of a plan may set a task: those that name a body (in their own words, or
 * in the first line of a clause they sit in, as "1. Phòng Văn hóa - Xã hội" names the
 * body of every bullet under it) or a time ("Quý III/2026", "hằng năm", "thường xuyên").
 * The vocabulary is data, each entry with how a message names it; the coverage check
 * (coverage.ts) asks that every clause found here be marked or excused.
 */
import type { ClauseText } from './clause-text';

export interface Vocabulary {
  /** How a message names what was found. */
  what: string;
  pattern: RegExp;
}

// JavaScript's \b knows only ASCII letters.
const S = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const UY = '(?:ủy|uỷ)';
const word = (source: string, flags = 'giu') => new RegExp(`${S}(?:${source})${E}`, flags);
/** A name by its first word and the capital that starts the next: "Sở Nội vụ", "phòng Văn hóa - Xã hội". */
const name = (first: string) => new RegExp(`${S}${first} \\p{Lu}`, 'gu');

/** Bodies: agencies, councils, party committees, schools; the catalogue's group names too ("cơ quan, đơn vị liên quan"). */
export const BODY_WORDS: readonly Vocabulary[] = [
  { what: 'Sở …', pattern: name('Sở') },
  { what: 'sở, ban, ngành', pattern: word('sở, (?:ban, )?ngành') },
  { what: 'Bộ …', pattern: name('Bộ') },
  { what: 'Phòng …', pattern: name('[Pp]hòng') },
  { what: 'các phòng, đơn vị', pattern: word('các phòng(?:, ban)?, đơn vị') },
  { what: 'Ban …', pattern: name('Ban') },
  { what: 'Ủy ban nhân dân', pattern: word(`${UY} ban nhân dân|UBND`) },
  { what: 'Hội đồng nhân dân', pattern: word('hội đồng nhân dân|HĐND') },
  { what: 'Ủy ban Kiểm tra', pattern: word(`${UY} ban kiểm tra`) },
  { what: 'Mặt trận Tổ quốc', pattern: word('mặt trận tổ quốc') },
  { what: 'cấp ủy, đảng ủy', pattern: word(`(?:cấp|đảng|tỉnh|thành) ${UY}`) },
  { what: 'tổ chức đảng', pattern: word('tổ chức đảng') },
  { what: 'tổ chức chính trị - xã hội', pattern: word('tổ chức chính trị - xã hội') },
  { what: 'Trường, Học viện …', pattern: name('(?:Trường|Học viện)') },
  { what: 'Chính phủ, Thủ tướng', pattern: word('Chính phủ|Thủ tướng', 'gu') },
  { what: 'cơ quan, đơn vị liên quan', pattern: word('cơ quan(?: chuyên môn)?, đơn vị (?:liên quan|có liên quan|trên địa bàn)|cơ quan liên quan|phòng ban chuyên môn') },
];

/** Times: dates, months, quarters, years, periods and recurrences. */
export const TIME_WORDS: readonly Vocabulary[] = [
  { what: 'ngày', pattern: word('\\d{1,2}\\/\\d{1,2}\\/\\d{4}|ngày \\d{1,2} tháng \\d{1,2}|\\d{1,2}\\/\\d{1,2} (?:hằng|hàng) năm') },
  { what: 'tháng', pattern: word('tháng \\d{1,2}(?:\\/| năm )\\d{4}') },
  { what: 'quý', pattern: word('quý (?:I|II|III|IV)') },
  { what: 'năm', pattern: word('năm \\d{4}|giai đoạn (?:từ )?(?:năm )?\\d{4}') },
  { what: 'thường xuyên', pattern: word('thường xuyên') },
  { what: 'hằng năm', pattern: word('hằng năm|hàng năm|mỗi năm|từng năm') },
  { what: 'định kỳ', pattern: word('định kỳ') },
  { what: 'theo nhiệm kỳ', pattern: word('nhiệm kỳ') },
];

/**
 * Words that look like a time but are not one: a cited document's date ("Quyết định số
 * 470/QĐ-TTg ngày 24/3/2026"), recurrent spending, continuing-education centres.
 */
export const NOT_TIME: readonly RegExp[] = [
  /\S*\/\p{L}[\p{L}\d/-]*,?\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{4}/gu,
  word('chi thường xuyên|giáo dục thường xuyên'),
];

/** The kinds of body a text names, by how messages name them ("Phòng …", "Ủy ban nhân dân"). */
export function bodiesIn(text: string): string[] {
  const nfc = text.normalize('NFC');
  return BODY_WORDS.filter(({ pattern }) => nfc.search(pattern) >= 0).map(({ what }) => what);
}

/** The times a text names, as written ("Quý III/2026" gives "Quý III"), each once. */
export function timesIn(text: string): string[] {
  const cleared = NOT_TIME.reduce((t, pattern) => t.replace(pattern, ' '), text.normalize('NFC'));
  return [...new Set(TIME_WORDS.flatMap(({ pattern }) => [...cleared.matchAll(pattern)].map((m) => m[0])))];
}

export interface TaskSignal {
  clause: ClauseText;
  /** Bodies its own words name. */
  bodies: string[];
  /** Bodies the first line of a clause it sits in names, with that clause. */
  inherited: { bodies: string[]; from: ClauseText }[];
  times: string[];
}

/** Every clause that names a body or a time, in document order. */
export function taskSignals(clauses: readonly ClauseText[]): TaskSignal[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const signals: TaskSignal[] = [];
  for (const clause of clauses) {
    const inherited: TaskSignal['inherited'] = [];
    for (let up = clause.parentId ? byId.get(clause.parentId) : undefined; up; up = up.parentId ? byId.get(up.parentId) : undefined) {
      const bodies = bodiesIn(up.own);
      if (bodies.length) inherited.push({ bodies, from: up });
    }
    const signal = { clause, bodies: bodiesIn(clause.body), inherited, times: timesIn(clause.body) };
    if (signal.bodies.length || signal.inherited.length || signal.times.length) signals.push(signal);
  }
  return signals;
}
