/**
 * Who issued the plan, at which level, in which province. Read from the letterhead when
 * the document has one ("ỦY BAN NHÂN DÂN / XÃ AN HƯNG"); otherwise guessed from the
 * sentence that enacts the plan ("…, UBND tỉnh Thái Nguyên ban hành Kế hoạch …"),
 * completed with the place the date line or the text names. The province is the one the
 * issuer, the date line or the text names as "tỉnh …" / "thành phố …"; failing that, a
 * province name anywhere in the text, and then the plan says its province is inferred
 * (docs/inferred-province.md).
 */
import { bodiesIn } from '../lib/obligations/detect';
import { PROVINCE_NAMES } from '../lib/provinces';
import { foldVietnamese } from '../lib/core/fold';
import type { Findings } from './findings';
import type { HeaderInfo } from './header';

export interface IssuerInfo {
  issuer: string;
  issuerShort: string;
  level: 'tỉnh' | 'xã';
  province: string | null;
  provinceInferred: boolean;
  provinceNote?: string;
}

export interface IssuerSource {
  header: HeaderInfo;
  /** The paragraphs before the first numbered clause ("Căn cứ …", "… ban hành Kế hoạch …"). */
  preamble: string;
  /** Everything the plan says, title and body. */
  text: string;
  /** The citation label of the clause a phrase is in ("gạch đầu dòng thứ 3 điểm 2.4 khoản 2 Mục II"). */
  clauseOf: (phrase: string) => string | null;
}

const LONG_FORMS: [RegExp, string][] = [
  [/(?<!\p{L})UBND(?!\p{L})/gu, 'Ủy ban nhân dân'],
  [/(?<!\p{L})HĐND(?!\p{L})/gu, 'Hội đồng nhân dân'],
];
const SHORT_FORMS: [RegExp, string][] = [
  [/(?<!\p{L})(?:Ủy|Uỷ) ban nhân dân(?!\p{L})/gu, 'UBND'],
  [/(?<!\p{L})Hội đồng nhân dân(?!\p{L})/gu, 'HĐND'],
];
const replaceAll = (text: string, forms: [RegExp, string][]) => forms.reduce((t, [re, to]) => t.replace(re, to), text);

const LEVEL_WORD = /(?<!\p{L})(tỉnh|thành phố|xã|phường|đặc khu)$/u;
const COMMUNE_WORDS = /(?<!\p{L})(xã|phường|đặc khu)(?!\p{L})/u;

/** "AN HƯNG" → "An Hưng". */
const titleCase = (text: string) =>
  text
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');

const LETTERHEAD_BODIES: Record<string, string> = {
  'ỦY BAN NHÂN DÂN': 'Ủy ban nhân dân',
  'UỶ BAN NHÂN DÂN': 'Ủy ban nhân dân',
  UBND: 'Ủy ban nhân dân',
  'HỘI ĐỒNG NHÂN DÂN': 'Hội đồng nhân dân',
  HĐND: 'Hội đồng nhân dân',
};
const LETTERHEAD = new RegExp(`^(${Object.keys(LETTERHEAD_BODIES).join('|')})\\s+(TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG|ĐẶC KHU)\\s+(\\S.*)$`, 'u');

/** "ỦY BAN NHÂN DÂN" + "XÃ AN HƯNG" → "Ủy ban nhân dân xã An Hưng"; null for a block of another shape. */
function letterheadIssuer(lines: string[]): string | null {
  for (const text of [lines.slice(-2).join(' '), lines.at(-1) ?? '', lines.join(' ')]) {
    const m = LETTERHEAD.exec(text.replace(/\s+/g, ' ').trim());
    if (m) return `${LETTERHEAD_BODIES[m[1]!]} ${m[2]!.toLocaleLowerCase('vi')} ${titleCase(m[3]!)}`;
  }
  return null;
}

/** The subject of "…, UBND tỉnh Thái Nguyên ban hành Kế hoạch" / "; Ủy ban nhân dân xã An Hưng xây dựng kế hoạch". */
function enactingSubject(preamble: string): string | null {
  const m = /(?:^|[;,.:]\s*|\n)([^;,.:\n]+?)\s+(?:ban hành|xây dựng)\s+(?:các\s+)?kế hoạch/iu.exec(preamble);
  const subject = m?.[1]?.trim();
  return subject && /^\p{Lu}/u.test(subject) && bodiesIn(subject).length > 0 ? subject : null;
}

interface Mention {
  name: string;
  at: number;
  /** Named as "tỉnh …", "thành phố …". */
  stated: boolean;
  /** The name with the words before it that belong to it ("Trường Cao đẳng Lai Châu"). */
  phrase: string;
}

const FOLDED_PROVINCES = PROVINCE_NAMES.map((name) => ({ name, folded: foldVietnamese(name) }));

/** Where the text names a province, with its first letters capitalised as a name is. */
function provinceMentions(text: string): Mention[] {
  const nfc = text.normalize('NFC');
  const folded = foldVietnamese(nfc);
  const mentions: Mention[] = [];
  for (const { name, folded: key } of FOLDED_PROVINCES) {
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (/[\p{L}\p{N}]/u.test(folded[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(folded[end] ?? '')) continue;
      const written = nfc.slice(at, end);
      if (!written.split(' ').every((w) => /^\p{Lu}/u.test(w))) continue;
      const before = folded.slice(Math.max(0, at - 12), at);
      mentions.push({ name, at, stated: /(?:tinh|thanh pho|tp\.?) $/.test(before), phrase: nameWithPrefix(nfc, at, end) });
    }
  }
  return mentions.sort((a, b) => a.at - b.at);
}

/** The capitalised words before a name that belong to it: "Trường Cao đẳng" before "Lai Châu". */
function nameWithPrefix(text: string, at: number, end: number): string {
  const words = text.slice(Math.max(0, at - 60), at).split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 4; i--) {
    const word = words[i]!;
    if (/[^\p{L}]/u.test(word)) break;
    const capital = /^\p{Lu}/u.test(word);
    if (!capital && !/^\p{Lu}/u.test(words[i - 1] ?? '')) break;
    kept.unshift(word);
  }
  return [...kept, text.slice(at, end)].join(' ');
}

function findProvince(source: IssuerSource, issuer: string, found: Findings): Pick<IssuerInfo, 'province' | 'provinceInferred' | 'provinceNote'> {
  const place = source.header.place;
  const steps: [string, () => Mention | undefined][] = [
    ['tên cơ quan ban hành', () => provinceMentions(issuer).find((m) => m.stated)],
    ['dòng địa danh, ngày tháng', () => (place ? provinceMentions(place).find((m) => m.phrase === place) : undefined)],
    ['phần căn cứ, trích yếu', () => provinceMentions(`${source.header.title}\n${source.preamble}`).find((m) => m.stated)],
    ['nội dung văn bản', () => provinceMentions(source.text).find((m) => m.stated)],
  ];
  for (const [where, find] of steps) {
    const mention = find();
    if (mention) {
      found.read('province', `${where} ghi “${mention.phrase === mention.name ? mention.name : mention.phrase}”`);
      found.read('provinceInferred', 'văn bản ghi tên tỉnh');
      return { province: mention.name, provinceInferred: false };
    }
  }
  const loose = provinceMentions(source.text)[0];
  if (loose) {
    const label = source.clauseOf(loose.phrase);
    const note = `Văn bản không ghi tên tỉnh ở phần đầu và khối chữ ký; tỉnh ${loose.name} được suy ra từ cụm từ “${loose.phrase}”${label ? ` ở ${label}` : ''}.`;
    found.guessed('province', `suy ra từ cụm từ “${loose.phrase}”${label ? ` (${label})` : ''}: văn bản không ghi tên tỉnh`);
    found.guessed('provinceInferred', 'tỉnh suy ra từ nội dung, không phải văn bản ghi');
    found.guessed('provinceNote', 'câu giải thích tỉnh suy ra từ đâu');
    return { province: loose.name, provinceInferred: true, provinceNote: note };
  }
  found.missing('province', 'văn bản không nêu tỉnh, thành phố nào trong 34 tỉnh, thành phố: cần người ghi (bản nháp chưa dựng được khi thiếu)');
  return { province: null, provinceInferred: false };
}

/** The commune a commune-level plan is of: the date line's place, or "xã …" in the subject line. */
function communeName(source: IssuerSource): string | null {
  const fromTitle = /(?<!\p{L})(?:xã|phường|đặc khu)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/u.exec(source.header.title)?.[1];
  return source.header.place ?? fromTitle ?? null;
}

export function readIssuer(source: IssuerSource, found: Findings): IssuerInfo {
  let issuer = letterheadIssuer(source.header.letterhead);
  if (issuer) found.read('issuer', `khối tên cơ quan ở đầu văn bản (“${source.header.letterhead.join(' ')}”)`);
  else if (source.header.letterhead.length) {
    issuer = source.header.letterhead.join(' ');
    found.guessed('issuer', `khối tên cơ quan “${issuer}” ghi như bản in (chữ hoa): cần viết lại tên cơ quan`);
  } else {
    const subject = enactingSubject(source.preamble);
    if (subject) {
      issuer = replaceAll(subject, LONG_FORMS);
      found.guessed('issuer', `theo câu dẫn “${subject} ban hành / xây dựng kế hoạch”: văn bản không có khối tên cơ quan ở đầu`);
    }
  }
  const provisional = issuer ?? '';
  const level: IssuerInfo['level'] = COMMUNE_WORDS.test(provisional) ? 'xã' : 'tỉnh';
  if (issuer) found.guessed('level', `cấp ${level} theo tên cơ quan ban hành “${issuer}”`);
  else found.missing('level', 'không xác định được cơ quan ban hành; để cấp tỉnh');

  const province = findProvince(source, provisional, found);
  // "Ủy ban nhân dân xã" with no name: the place comes from the date line, the subject line or the province.
  const levelWord = LEVEL_WORD.exec(provisional)?.[1];
  if (issuer && levelWord) {
    const name = COMMUNE_WORDS.test(levelWord) ? communeName(source) : province.province;
    if (name) {
      issuer = `${issuer} ${name}`;
      found.guessed('issuer', `“${provisional}” không nêu tên nơi; thêm “${name}” theo ${COMMUNE_WORDS.test(levelWord) ? 'dòng địa danh hoặc trích yếu' : 'tỉnh của văn bản'}`);
    }
  }
  if (!issuer) found.missing('issuer', 'không thấy tên cơ quan ban hành (khối đầu văn bản hay câu “… ban hành Kế hoạch”): cần người ghi');
  const full = issuer ?? '';
  if (found.of('issuer')?.how === 'read') found.read('issuerShort', 'tên cơ quan ban hành, viết tắt UBND, HĐND');
  else found.guessed('issuerShort', 'tên cơ quan ban hành đã đoán, viết tắt UBND, HĐND');
  return { issuer: full, issuerShort: replaceAll(full, SHORT_FORMS), level, ...province };
}
