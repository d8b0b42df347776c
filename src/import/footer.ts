/**
 * The document's footer: the "Nơi nhận:" list (each line as printed, with its ";" or ","),
 * the typist's mark under it ("Ngannq/KH6"), the signature block in capitals ("TM. ỦY BAN
 * NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and the signer's name.
 */
import type { Findings } from './findings';
import type { Line } from './lines';

export interface FooterInfo {
  recipients: string[];
  drafterMark?: string;
  signer: { name: string; position: string; block: string[] };
}

const LIST_MARK = /^[-–•+*]\s*/u;
const isUpper = (text: string) => /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi');
const DRAFTER = /^[\p{L}\p{N}.]+\/[\p{L}\p{N}.]+$/u;
/** "(Đã ký)", "(Ký tên, đóng dấu)": the place of the signature, not words of it. */
const SIGNATURE_PLACE = /^\((?:đã ký|ký|ký tên|ký, đóng dấu|ký tên, đóng dấu)[^)]*\)$/iu;
const PERSON = /^(\p{Lu}\p{Ll}*)(\s+\p{Lu}\p{Ll}*){1,5}$/u;

/** "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "CHỦ TỊCH" → "Chủ tịch", "PHÓ BÍ THƯ" → "Phó Bí thư". */
export function positionName(line: string): string {
  const lower = line.replace(/^(TM|T\/M|KT|Q|TL|TUQ)\.?\s+/u, '').toLocaleLowerCase('vi');
  const cap = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
  const words = lower.split(/\s+/);
  return words.map((w, i) => (i === 0 || (i === 1 && words[0] === 'phó') ? cap(w) : w)).join(' ');
}

export function readFooter(footer: Line[], found: Findings): FooterInfo {
  const lines = footer.flatMap((line) => line.content.split('\n').map((text) => ({ text: text.replace(/\s+/g, ' ').trim(), bullet: Boolean(line.number?.bullet) })));
  const rows = lines.filter((l) => l.text);

  const recipients: string[] = [];
  let at = rows.findIndex((r) => /^nơi nhận\s*:?/iu.test(r.text));
  if (at >= 0) {
    const after = rows[at]!.text.replace(/^nơi nhận\s*:?\s*/iu, '');
    if (after) recipients.push(after.replace(LIST_MARK, ''));
    for (at++; at < rows.length; at++) {
      const row = rows[at]!;
      if (!(row.bullet || LIST_MARK.test(row.text))) break;
      recipients.push(row.text.replace(LIST_MARK, ''));
    }
  } else at = 0;
  if (recipients.length) found.read('recipients', `${recipients.length} dòng dưới “Nơi nhận:”`);
  else found.missing('recipients', 'không thấy danh sách “Nơi nhận:”: cần người ghi (bản nháp chưa dựng được khi thiếu)');

  const rest = rows.slice(at).map((r) => r.text).filter((t) => !SIGNATURE_PLACE.test(t));
  const drafterMark = rest.find((t) => DRAFTER.test(t));
  if (drafterMark) found.read('drafterMark', `dòng “${drafterMark}” dưới nơi nhận`);

  const blockAt = rest.findIndex((t) => isUpper(t) && !DRAFTER.test(t));
  const block: string[] = [];
  for (let i = blockAt; i >= 0 && i < rest.length && isUpper(rest[i]!); i++) block.push(rest[i]!);
  const name = rest.slice(Math.max(0, blockAt) + block.length).find((t) => PERSON.test(t)) ?? '';
  const position = block.length ? positionName(block.at(-1)!) : '';
  if (block.length) found.read('signer.block', `khối chữ ký “${block.join(' / ')}”`);
  else found.missing('signer.block', 'không thấy khối chữ ký (các dòng chữ hoa như “TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”)');
  if (name) found.read('signer.name', `dòng “${name}” dưới khối chữ ký`);
  else found.missing('signer.name', 'không thấy tên người ký dưới khối chữ ký');
  if (position) found.guessed('signer.position', `viết thường dòng cuối khối chữ ký “${block.at(-1)}”`);
  else found.missing('signer.position', 'không có khối chữ ký để đọc chức vụ người ký');
  return { recipients, ...(drafterMark ? { drafterMark } : {}), signer: { name, position, block } };
}
