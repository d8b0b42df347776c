/**
 * Splits a document into the parts of a Vietnamese plan, in the order they are printed:
 * the header (issuer, "Số: …", place and date), "KẾ HOẠCH" and the subject line under it,
 * the body (from "Căn cứ / Thực hiện …" to the last clause), the closing paragraph, the
 * footer ("Nơi nhận", signature) and the appendix. A document without "KẾ HOẠCH" or
 * without numbered clauses is not a plan the site can publish: ImportError, in Vietnamese.
 */
import { detectMarker } from '../lib/clauses';
import { ImportError } from './errors';
import { type Item, type Line, type Noise, numberPrefix } from './lines';

export interface PlanParts {
  header: Line[];
  /** "KẾ HOẠCH" as printed. */
  docType: Line;
  title: Line[];
  body: Item[];
  closing: Line | null;
  footer: Line[];
  appendix: Item[];
}

const OTHER_TYPES = ['QUYẾT ĐỊNH', 'NGHỊ QUYẾT', 'CHỈ THỊ', 'CÔNG VĂN', 'BÁO CÁO', 'THÔNG BÁO', 'TỜ TRÌNH', 'QUY ĐỊNH', 'CHƯƠNG TRÌNH', 'ĐỀ ÁN', 'HƯỚNG DẪN'];
const SEPARATOR = /^[-–—_*=.·\s]+$/;
const upper = (text: string) => text.trim().replace(/[:.]$/, '').toLocaleUpperCase('vi');
const isLine = (item: Item | undefined): item is Line => item?.type === 'line' && item.text !== '';

/** What opens the body rather than continuing the subject line ("Thực hiện …" may be either: only after the first line). */
const OPENS_BODY = /^(Căn cứ|Thực hiện|Triển khai|Xét|Theo|Nhằm)(?!\p{L})/u;

export const isNumbered = (line: Line) => Boolean(line.number?.text) || detectMarker(line.text) !== null;

/** A closing paragraph: "Trên đây là Kế hoạch …", or a request to carry the plan out that ends the text ("… /."). */
export function isClosing(line: Line): boolean {
  if (isNumbered(line) || line.number) return false;
  return /^Trên đây\b/u.test(line.content.trim()) || (/(?<!\p{L})(yêu cầu|đề nghị)(?!\p{L})/u.test(line.content) && /\/\s*\.\s*$/.test(line.content.trim()));
}

const isRecipientsLine = (line: Line) => /^nơi nhận\s*:?/iu.test(line.content.trim());
const isSignatureStart = (line: Line) => /^(TM|T\/M|KT|Q|TL|TUQ)\.?\s+\p{Lu}/u.test(line.content.trim()) && line.content === line.content.toLocaleUpperCase('vi');
const isAppendixStart = (item: Item) => item.type === 'grid' || (/^phụ lục\b/iu.test(item.content.trim()) && item.content.trim().split(/\s+/).length <= 4);

/**
 * A copyist's mark after the end of the text ("… quy định. / . 7/7k"): the words after
 * "/." on the last line before the footer are not the document's. Taken out of the line
 * (its runs too) and listed as noise.
 */
function dropTrailer(line: Line, noise: Noise[]): Line {
  const match = /\/\s*\.\s+(\S.{0,24})$/u.exec(line.content);
  const trailer = match?.[1]?.trim();
  if (!match || !trailer || trailer.split(/\s+/).length > 3) return line;
  const keep = match.index + match[0].length - match[1]!.length;
  let left = keep;
  const runs = line.runs.flatMap((run) => {
    const part = run.text.slice(0, Math.max(0, left));
    left -= run.text.length;
    return part ? [{ ...run, text: part }] : [];
  });
  const content = line.content.slice(0, keep).trimEnd();
  noise.push({ text: trailer, reason: 'Ký hiệu viết tay của người chép sau dấu kết thúc văn bản “/.”, không thuộc văn bản' });
  return { ...line, runs, content, text: (numberPrefix(line.number) + content).trim() };
}

export function splitParts(items: Item[], name: string, noise: Noise[]): PlanParts {
  const typeAt = items.findIndex((item) => isLine(item) && upper(item.content) === 'KẾ HOẠCH');
  if (typeAt < 0) {
    const other = items.find((item): item is Line => isLine(item) && OTHER_TYPES.includes(upper(item.content)));
    if (other) throw new ImportError(`Tệp “${name}” là ${other.content.trim().toLocaleLowerCase('vi')}, không phải kế hoạch: trang chỉ đăng kế hoạch (dòng “KẾ HOẠCH” dưới phần đầu văn bản).`);
    throw new ImportError(`Tệp “${name}” không có cấu trúc của một kế hoạch: không thấy dòng tên loại văn bản “KẾ HOẠCH” ở phần đầu văn bản.`);
  }
  const docType = items[typeAt] as Line;

  // The subject line, and the lines that continue it in the same bold face.
  let at = typeAt + 1;
  while (at < items.length && (!isLine(items[at]) || SEPARATOR.test((items[at] as Line).content))) at++;
  const title: Line[] = [];
  const first = items[at];
  if (isLine(first) && !/^Căn cứ(?!\p{L})/u.test(first.content.trim()) && !isNumbered(first)) {
    title.push(first);
    for (at++; at < items.length; at++) {
      const next = items[at];
      if (!isLine(next) || !first.bold || !next.bold || OPENS_BODY.test(next.content.trim()) || isNumbered(next)) break;
      title.push(next);
    }
  }
  while (at < items.length && isLine(items[at]) && SEPARATOR.test((items[at] as Line).content)) at++;

  const rest = items.slice(at);
  let footerAt = rest.findIndex((item) => isLine(item) && isRecipientsLine(item));
  if (footerAt < 0) footerAt = rest.findIndex((item) => isLine(item) && isSignatureStart(item));
  if (footerAt < 0) footerAt = rest.length;
  const body = rest.slice(0, footerAt).filter((item) => item.type === 'grid' || item.text !== '');
  const afterBody = rest.slice(footerAt);
  const appendixAt = afterBody.findIndex((item, i) => i > 0 && (item.type === 'grid' || item.text !== '') && isAppendixStart(item));
  const footer = (appendixAt < 0 ? afterBody : afterBody.slice(0, appendixAt)).filter(isLine);
  const appendix = appendixAt < 0 ? [] : afterBody.slice(appendixAt);

  const lastAt = body.length - 1;
  const last = body[lastAt];
  if (last?.type === 'line') body[lastAt] = dropTrailer(last, noise);
  const end = body[lastAt];
  const closing = end?.type === 'line' && isClosing(end) ? end : null;
  if (closing) body.pop();

  if (!body.some((item) => item.type === 'line' && isNumbered(item))) {
    throw new ImportError(
      `Tệp “${name}” không có cấu trúc của một kế hoạch: sau tên kế hoạch không thấy mục, khoản nào được đánh số (như “I.”, “1.”, “a)”), nên không tạo được liên kết đến từng điều khoản.`,
    );
  }
  return { header: items.slice(0, typeAt).filter(isLine), docType, title, body, closing, footer, appendix };
}
