import { describe, expect, it } from 'vitest';
import { UNCOMMON_CHARACTER, decodeCsvBytes } from '../../../src/lib/csv/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Bytes equal to the code points (all below 256): how legacy-font text is stored in a single-byte file. */
const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const bytes = (...values: number[]) => Uint8Array.from(values);

function decodedText(input: Uint8Array): string {
  const result = decodeCsvBytes(input);
  if (!result.ok) throw new Error(`expected a decoded text, got: ${result.message}`);
  return result.text;
}

function refusal(input: Uint8Array): string {
  const result = decodeCsvBytes(input);
  if (result.ok) throw new Error(`expected a refusal, got text: ${result.text}`);
  return result.message;
}

describe('decodeCsvBytes: encodings', () => {
  it('refuses an empty file, and a file with only a BOM or blank lines', () => {
    expect(refusal(new Uint8Array())).toBe('Tệp rỗng.');
    expect(refusal(bytes(0xef, 0xbb, 0xbf))).toBe('Tệp rỗng.');
    expect(refusal(utf8('\r\n \r\n'))).toBe('Tệp rỗng.');
  });

  it('reads UTF-8 without and with a BOM, dropping the BOM', () => {
    expect(decodeCsvBytes(utf8('ma_xa,ten_xa\nX01,Xã Đồng Hỷ'))).toEqual({
      ok: true,
      text: 'ma_xa,ten_xa\nX01,Xã Đồng Hỷ',
      encoding: 'UTF-8',
    });
    expect(decodeCsvBytes(utf8('\uFEFFMã xã;Tên xã'))).toEqual({ ok: true, text: 'Mã xã;Tên xã', encoding: 'UTF-8 (BOM)' });
  });

  it('reads UTF-16 LE and BE with a BOM (Excel “Unicode text”)', () => {
    // "Xã\tỷ": X = 0058, ã = 00E3, tab = 0009, ỷ = 1EF7
    expect(decodeCsvBytes(bytes(0xff, 0xfe, 0x58, 0, 0xe3, 0, 0x09, 0, 0xf7, 0x1e))).toEqual({
      ok: true,
      text: 'Xã\tỷ',
      encoding: 'UTF-16 LE',
    });
    expect(decodeCsvBytes(bytes(0xfe, 0xff, 0, 0x58, 0, 0xe3, 0, 0x09, 0x1e, 0xf7))).toEqual({
      ok: true,
      text: 'Xã\tỷ',
      encoding: 'UTF-16 BE',
    });
  });

  it('refuses a truncated UTF-16 file', () => {
    expect(refusal(bytes(0xff, 0xfe, 0x58, 0, 0xe3))).toContain('UTF-16');
  });

  it('falls back to Windows-1258 and composes its combining tone marks to NFC', () => {
    // "Đồng Hỷ" as Excel writes it in Windows-1258: Đ, ô + combining grave, n, g, space, H, y + combining hook.
    const result = decodeCsvBytes(bytes(0xd0, 0xf4, 0xcc, 0x6e, 0x67, 0x20, 0x48, 0x79, 0xd2));
    expect(result).toEqual({ ok: true, text: 'Đồng Hỷ', encoding: 'Windows-1258' });
    expect(decodedText(bytes(0xd0, 0xf4, 0xcc))).toHaveLength(2);
  });

  it('returns NFC even for decomposed UTF-8 input (as macOS writes it)', () => {
    expect(decodedText(utf8('Đồng Hỷ'.normalize('NFD')))).toBe('Đồng Hỷ');
  });

  it('skips normalising only text that NFC leaves unchanged and that has no control characters', () => {
    const common = Array.from({ length: 0x2100 }, (_, code) => String.fromCharCode(code)).filter((ch) => !UNCOMMON_CHARACTER.test(ch));
    expect(common).toHaveLength(988);
    expect(common.filter((ch) => /\p{Cc}/u.test(ch) && !'\t\n\v\f\r'.includes(ch))).toEqual([]);
    const changed = common.flatMap((first) => common.filter((second) => (first + second).normalize('NFC') !== first + second).map((second) => first + second));
    expect(changed).toEqual([]);
    // Combining marks and control characters take the full path.
    expect(UNCOMMON_CHARACTER.test('\u0300')).toBe(true);
    expect(UNCOMMON_CHARACTER.test('\u0085')).toBe(true);
  });

  it('reports damaged UTF-8 with the line of the bad byte instead of guessing Windows-1258', () => {
    const good = utf8('ma_xa,ten_xa\nX01,Xã Đồng Hỷ\nX02,Phường ');
    const damaged = new Uint8Array([...good, 0xff, ...utf8('Tân Thịnh\n')]);
    const message = refusal(damaged);
    expect(message).toContain('UTF-8');
    expect(message).toContain('dòng 3');
  });
});

describe('decodeCsvBytes: files that are not CSV text', () => {
  it('recognises Excel workbooks', () => {
    expect(refusal(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0))).toContain('tệp Excel');
    expect(refusal(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0))).toContain('tệp Excel');
  });

  it('refuses binary data: NUL bytes, or many control characters', () => {
    expect(refusal(bytes(0x41, 0x00, 0x42, 0x43))).toContain('nhị phân');
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 8) : 0x41));
    expect(refusal(controls)).toContain('ký tự điều khiển');
  });

  it('tolerates a stray control character in a long text', () => {
    const text = `ma_xa,ten_xa\n${'X01,Xã Đồng Hỷ\n'.repeat(20)}\u001a`;
    expect(decodedText(utf8(text))).toBe(text);
  });
});

describe('decodeCsvBytes: text typed with TCVN3 (ABC) or VNI fonts', () => {
  // TCVN3 draws Vietnamese letters over Latin-1 code points: "Hµ Néi" is Hà Nội.
  const tcvn3 = [
    'Hµ Néi',
    'Thµnh phè Hå ChÝ Minh',
    'M· x·,Tªn x·,D©n sè\nX01,X· §ång Hû,1.200\nX02,Ph\u00adêng T©n ThÞnh,4.000\nX03,ThÞ trÊn H\u00ad¬ng S¬n,3.500',
  ];
  // VNI writes a base letter followed by a mark character: "Vieät" is Việt, "Ñoàng" is Đồng.
  const vni = [
    'Vieät Nam',
    'Ñoàng',
    'Thaùi Nguyeân',
    'Haø Noäi',
    'Ma xa,Ten xa\nX01,Xaõ Ñoàng Hyû\nX02,Phöôøng Taân Thònh',
  ];

  it.each([...tcvn3, ...vni])('refuses %j saved as UTF-8, explaining how to convert it', (sample) => {
    const message = refusal(utf8(sample));
    expect(message).toContain('TCVN3');
    expect(message).toContain('VNI');
    expect(message).toContain('Unicode');
    expect(message).toContain('CSV UTF-8');
  });

  it.each(tcvn3)('refuses %j stored byte for byte (read as Windows-1258)', (sample) => {
    expect(refusal(latin1(sample))).toContain('TCVN3');
  });

  it('quotes a garbled word from the file', () => {
    expect(refusal(utf8('ma_xa,ten_xa\nX01,Hµ Néi'))).toContain('“Hµ”');
  });

  const unicode = [
    'Mã xã,Tên xã,Dân số,Dân số DTTS,Tỷ lệ DTTS (%),Biên chế được giao,Cán bộ DTTS hiện có,Lãnh đạo, quản lý DTTS,Nữ DTTS',
    'X01,Xã Đồng Hỷ,1.200,600,50,20,3\nX02,Phường Tân Thịnh,4.000,1.300,32,5,25,4',
    'Hà Nội, Thành phố Hồ Chí Minh, Hoà Bình, Khánh Hoà, Thanh Hoá, Thừa Thiên Huế, Đắk Lắk, Đắk Nông, Bà Rịa – Vũng Tàu',
    'Uỷ ban nhân dân xã Quý Lộc; thuỷ lợi; khoẻ mạnh; Hoằng Hoá; Tuấn, Xuân, Quảng, Khuê, Nguyễn Thị Thuý',
    'HOÀ BÌNH; KHÁNH HOÀ; UỶ BAN NHÂN DÂN; NGUYỄN THỊ THUÝ; ĐỒNG HỶ; PHƯỜNG TÂN THỊNH; KHOẺ',
    'Ea H’Leo, Krông Pắc, Cư M’gar, Kbang, Đăk Glei, Ê-đê, Ba-na, Xơ-đăng, Gia-rai, Mông, Khơ-me, Ơ-đu, Rơ-măm',
    'Người dân tộc thiểu số chiếm 32,5% dân số; nhiệt độ 25°C; diện tích 12,3 km²; ghi chú «tạm tính».',
    'Commune code,Commune name,Population\nX01,Dong Hy,1200\nX02,Tan Thinh,4000',
    'The quick brown fox jumps over the lazy dog — “quoted” text, 100% ASCII-ish; café crème.',
    // One foreign name among much Vietnamese text is not a legacy font.
    'Hà Nội, Hải Phòng, Đà Nẵng, Cần Thơ, Huế, Lạng Sơn, Cao Bằng, Bắc Kạn, Thái Nguyên, Tuyên Quang, Müller',
  ];

  it.each(unicode)('accepts ordinary Unicode text %j', (sample) => {
    expect(decodedText(utf8(sample))).toBe(sample);
  });
});
