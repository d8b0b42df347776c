/**
 * The document's own header: the issuer block of the letterhead, the "Số: …" line, the
 * place-and-date line and the subject line under "KẾ HOẠCH". Lines are kept as printed
 * (blank number and date on a draft included); the number and date are read from them.
 */
import type { Findings } from './findings';
import type { PlanParts } from './parts';

export interface HeaderInfo {
  numberLine: string | null;
  /** "128/KH-UBND", when the line prints one the site can use. */
  number: string | null;
  dateLine: string | null;
  /** ISO date, when the line prints day, month and year. */
  issueDate: string | null;
  /** The place the date line names ("An Hưng", "Thái Nguyên"). */
  place: string | null;
  year: number | null;
  /** The issuer block of the letterhead, upper case as printed ("ỦY BAN NHÂN DÂN", "XÃ AN HƯNG"). */
  letterhead: string[];
  title: string;
}

const MOTTO = /CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*[-–]\s*Tự do|ĐẢNG CỘNG SẢN VIỆT NAM/iu;
const NUMBER_LINE = /^Số\s*:?\s/u;
const DATE_LINE = /^([^,]{2,40}),\s*ngày\b.*\bnăm\s+\d{4}/u;
/** The number as the schema takes it: "128/KH-UBND". */
const NUMBER = /(\d+)\s*\/\s*([A-ZĐ]+(?:-[A-ZĐ]+)*)/u;

const spaces = (text: string) => text.replace(/\s+/g, ' ').trim();
const isUpper = (text: string) => /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi');
const pad = (n: string) => n.padStart(2, '0');

/** "Số: 128 /KH-UBND" → "Số: 128/KH-UBND": the number typed into the blank keeps no space before its symbol. */
function numberLineOf(text: string): string {
  return spaces(text).replace(/(\d)\s+\//u, '$1/');
}

export function readHeader(parts: PlanParts, found: Findings): HeaderInfo {
  const lines = parts.header.flatMap((line) => line.content.split('\n')).map(spaces).filter(Boolean);
  const numberText = lines.find((l) => NUMBER_LINE.test(l));
  const dateText = lines.find((l) => DATE_LINE.test(l));

  const numberLine = numberText ? numberLineOf(numberText) : null;
  const numberMatch = numberLine ? NUMBER.exec(numberLine) : null;
  const number = numberMatch ? `${numberMatch[1]}/${numberMatch[2]}` : null;
  if (!numberLine) found.missing('numberLine', 'văn bản không có dòng “Số: …” ở phần đầu; để null');
  else found.read('numberLine', `dòng “${numberLine}”`);
  if (number) found.read('number', `số hiệu trong dòng “${numberLine}”`);
  else if (numberLine && /\d/.test(numberLine.replace(/\/.*$/u, ''))) found.missing('number', `dòng “${numberLine}” có số nhưng không theo khuôn “128/KH-UBND”: cần người ghi số hiệu`);
  else found.missing('number', numberLine ? `số hiệu để trống (“${numberLine}”): dự thảo` : 'không có số hiệu');

  const dateMatch = dateText ? /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(dateText) : null;
  const issueDate = dateMatch ? `${dateMatch[3]}-${pad(dateMatch[2]!)}-${pad(dateMatch[1]!)}` : null;
  const yearMatch = dateText ? /năm\s+(\d{4})/u.exec(dateText) : null;
  if (!dateText) found.missing('dateLine', 'văn bản không có dòng địa danh, ngày tháng năm ở phần đầu; để null');
  else found.read('dateLine', `dòng “${dateText}”`);
  if (issueDate) found.read('issueDate', `ngày trong dòng “${dateText}”`);
  else found.missing('issueDate', dateText ? `ngày, tháng để trống (“${dateText}”): dự thảo` : 'không có ngày ban hành');

  const letterhead = lines.filter((l) => isUpper(l) && !MOTTO.test(l) && !NUMBER_LINE.test(l) && !DATE_LINE.test(l) && /\p{L}{2}/u.test(l));
  const title = spaces(parts.title.map((line) => line.content).join(' '));
  if (title) found.read('title', 'dòng trích yếu dưới “KẾ HOẠCH”');
  else found.missing('title', 'không thấy dòng trích yếu dưới “KẾ HOẠCH”');

  return {
    numberLine,
    number,
    dateLine: dateText ?? null,
    issueDate,
    place: dateText ? DATE_LINE.exec(dateText)![1]!.trim() : null,
    year: yearMatch ? Number(yearMatch[1]) : null,
    letterhead,
    title,
  };
}
