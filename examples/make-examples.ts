/**
 * Writes the sample payrolls of Practice mode ("Try a sample payroll"), one per provider, as an
 * accountant's own sheet would look: title rows, Vietnamese or Thai headers, amounts written the
 * local way, and a few rows that Review asks about (README.md beside this file lists them); and
 * a sample refund sheet for HiTechPAY's refunds, as a support team exports one.
 *
 *   node --import tsx examples/make-examples.ts [output folder, examples/ by default]
 *
 * The data is written out here, not generated: each row's problem (or the absence of one) is
 * chosen, and test/integration/examples.test.ts holds the files to what README.md says.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const out = process.argv[2] ?? import.meta.dirname;
/**
 * The workbooks' own dates (File → Info in Excel). The CSV files come out byte for byte the same
 * on every run; the workbooks' zip entries carry the time of writing, so only their content does.
 */
const savedAt = new Date('2026-11-27T09:30:00+07:00');
/** The refund sheet's: exported on the afternoon of the day it refunds. */
const refundsSavedAt = new Date('2026-11-21T16:45:00+07:00');

type Csv = ReadonlyArray<ReadonlyArray<string | number>>;

/** As Excel saves "CSV UTF-8": a byte-order mark, CRLF, every line as wide as the sheet. */
function csvText(lines: Csv, width: number): string {
  const cell = (value: string | number): string => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const padded = lines.map((line) => [...line, ...Array<string>(Math.max(0, width - line.length)).fill('')]);
  return `\ufeff${padded.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** "15.000.000": đồng grouped with dots, as Vietnamese accountants write them. */
function dong(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "25,000.50" from satang. */
function baht(satang: number): string {
  const whole = String(Math.floor(satang / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(satang % 100).padStart(2, '0')}`;
}

/** The amount a written cell holds, in minor units, for the sheet's own totals line. */
function minorOf(written: string, decimals: 0 | 2): number {
  if (decimals === 0) return Number(written.replace(/\D/g, ''));
  const [whole = '', fraction = ''] = written.replace(/[^\d.]/g, '').split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

// ── HiTechPAY: part-time café staff paid into their wallets, found by phone (CSV) ─────────────
// [employee id, name, department, phone as written, amount as written, description]
const hitechpayRows: ReadonlyArray<readonly [string, string, string, string, string, string]> = [
  ['CF0101', 'Nguyễn Thị Hương', 'Quản lý cửa hàng', '0912 418 527', '16.500.000', 'Lương tháng 11/2026'],
  ['CF0102', 'Trần Văn Đức', 'Pha chế', '0983 226 417', '8.200.000', 'Lương tháng 11/2026'],
  ['CF0103', 'Lê Thị Mai Anh', 'Thu ngân', '0356 781 294', '7.450.000', 'Lương tháng 11/2026'],
  ['CF0104', 'Phạm Quốc Bảo', 'Pha chế', '0905.662.318', '8.050.000', 'Lương tháng 11/2026'],
  ['CF0105', 'Hoàng Thị Thu Trang', 'Phục vụ', '0868 149 275', '5.600.000', 'Lương tháng 11/2026'],
  ['CF0106', 'Vũ Minh Khoa', 'Phục vụ', '0779 304 816', '5.350.000', 'Lương tháng 11/2026'],
  ['CF0107', 'Đặng Ngọc Lan', 'Thu ngân', '0931 582 640', '7.200.000', 'Lương tháng 11/2026'],
  ['CF0108', 'Bùi Văn Thắng', 'Bảo vệ', '+84 387 215 094', '6.800.000', 'Lương tháng 11/2026'],
  ['CF0109', 'Đỗ Thị Hồng Nhung', 'Phục vụ', '0917 063 482', '5.150.000', 'Lương tháng 11/2026'],
  ['CF0110', 'Ngô Thanh Tùng', 'Pha chế', '962183705', '8.300.000', 'Lương tháng 11/2026'],
  ['CF0111', 'Dương Thị Ngọc Ánh', 'Phục vụ', '0328 476 915', '4.900.000', 'Lương tháng 11/2026'],
  ['CF0112', 'Lý Hoàng Nam', 'Giao hàng', '0814 290 637', '6.250.000đ', 'Lương tháng 11/2026 + phụ cấp xăng xe'],
  ['CF0113', '  Phan Thị  Kim Oanh ', 'Phục vụ', '0707 518 246', '5.400.000', 'Lương tháng 11/2026'],
  ['CF0114', 'Trịnh Văn Hậu', 'Giao hàng', '0945 372 801', '6.100.000', 'Lương tháng 11/2026 + phụ cấp xăng xe'],
  ['CF0115', 'Võ Thị Thanh Tâm', 'Thu ngân', '0589 204 731', '7.050.000', 'Lương tháng 11/2026'],
  ['CF0116', 'Huỳnh Tấn Phát', 'Pha chế', '01689 527 314', '7.900.000', 'Lương tháng 11/2026'],
  ['CF0117', 'Mai Thị Thùy Linh', 'Phục vụ', '0976 835 120', '5.250.000', 'Lương tháng 11/2026'],
  ['CF0118', 'Cao Văn Lực', 'Bảo vệ', '0392 648 157', '6.800.000', 'Lương tháng 11/2026'],
  ['CF0119', 'Tạ Thị Bích Ngọc', 'Phục vụ', '0838 017 592', '4.750.000', 'Lương tháng 11/2026'],
  ['CF0120', 'Đinh Công Minh', 'Giao hàng', '0903 451 786', '6.400.000', 'Lương tháng 11/2026 + phụ cấp xăng xe'],
  ['CF0121', 'Lưu Thị Phương Thảo', 'Pha chế', '0764 239 508', '8.150.000', 'Lương tháng 11/2026'],
  ['CF0122', 'Châu Gia Huy', 'Phục vụ', '0941 687 023', '5.050.000', 'Lương tháng 11/2026'],
  ['CF0123', 'Kiều Thị Yến', 'Thu ngân', '0359 812 467', '7.300.000', 'Lương tháng 11/2026'],
  ['CF0124', 'Hà Văn Sơn', 'Giao hàng', '0886 573 140', '6.150.000', 'Lương tháng 11/2026 + phụ cấp xăng xe'],
  ['CF0125', 'Tôn Nữ Minh Châu', 'Phục vụ', '0968 320 754', '5.500.000', 'Lương tháng 11/2026'],
  ['CF0126', 'La Quốc Thịnh', 'Pha chế', '0837 106 925', '8.000.000', 'Lương tháng 11/2026'],
  ['CF0117', 'Mai Thị Thùy Linh', 'Phục vụ', '0976835120', '5.250.000', 'Lương tháng 11/2026'],
  ['CF0127', 'Quách Thị Diễm My', 'Phục vụ', '0794 861 302', '4.850.000', 'Lương tháng 11/2026'],
];

function hitechpayCsv(): string {
  const total = hitechpayRows.reduce((sum, row) => sum + minorOf(row[4], 0), 0);
  return csvText(
    [
      ['CÔNG TY TNHH CÀ PHÊ HẠT NÂU'],
      ['BẢNG THANH TOÁN LƯƠNG NHÂN VIÊN BÁN THỜI GIAN THÁNG 11/2026 - CHI QUA VÍ HITECHPAY'],
      [],
      ['STT', 'Mã NV', 'Họ và tên', 'Bộ phận', 'Số điện thoại (ví)', 'Số tiền (VNĐ)', 'Nội dung'],
      ...hitechpayRows.map((row, i) => [i + 1, ...row]),
      ['Tổng cộng', '', '', '', '', dong(total)],
      [],
      ['Người lập biểu', '', '', 'Kế toán trưởng', '', 'Giám đốc'],
    ],
    7,
  );
}

// ── SmilePayz: sales collaborators' commissions, to bank accounts or MoMo (XLSX) ────────────
// [name, account, bank as written, amount, phone (a number: as Excel keeps a number cell), email, description]
const commission = 'Hoa hồng CTV tháng 11/2026';
const smilepayzRows: ReadonlyArray<readonly [string, string, string, number, string | number, string, string]> = [
  ['Nguyễn Thị Thanh Hà', '0011004187352', 'Vietcombank', 3_250_000, '0912 574 308', 'thanhha.ctv@saoviet.example', commission],
  ['Trần Minh Quân', '19036128457011', 'Techcombank', 4_120_000, '0983 615 027', 'minhquan.ctv@saoviet.example', commission],
  ['Lê Thị Ngọc Trâm', '0641000352718', 'VCB', 1_875_000, '0365 208 741', 'ngoctram.ctv@saoviet.example', commission],
  ['Phạm Văn Hiếu', '9704229936', 'MB Bank', 2_640_000, '0704 381 526', 'vanhieu.ctv@saoviet.example', commission],
  ['Hoàng Thị Lệ Quyên', '108872316504', 'VietinBank', 4_850_000, '0947 120 635', 'lequyen.ctv@saoviet.example', commission],
  ['Vũ Đình Trọng', '21510002748316', 'BIDV - CN Cầu Giấy', 1_320_000, '0868 437 152', 'dinhtrong.ctv@saoviet.example', commission],
  ['Đặng Thị Hồng Vân', '1500205187364', 'Agribank', 980_000, '0389 764 210', 'hongvan.ctv@saoviet.example', commission],
  ['Bùi Quang Huy', '24518736', 'ACB', 3_710_000, '0909 285 473', 'quanghuy.ctv@saoviet.example', commission],
  ['Đỗ Thị Kim Liên', '060218347592', 'Sacombank', 2_155_000, '0938 501 264', 'kimlien.ctv@saoviet.example', commission],
  ['Ngô Văn Toàn', '03812946501', 'TPBank', 4_400_000, '0332 817 094', 'vantoan.ctv@saoviet.example', commission],
  ['Dương Thị Thu Hằng', '0903651728', 'Ví MoMo', 650_000, '0903 651 728', 'thuhang.ctv@saoviet.example', commission],
  ['Lý Thành Long', '172638495', 'VPBank', 3_080_000, '0976 432 815', 'thanhlong.ctv@saoviet.example', commission],
  ['Phan Thị Mỹ Duyên', '108874520193', 'Viettinbank', 2_730_000, '0357 926 048', 'myduyen.ctv@saoviet.example', commission],
  ['Trịnh Công Sơn', '0721000593184', 'NH TMCP Ngoại thương Việt Nam', 1_560_000, '0914 860 372', 'congson.ctv@saoviet.example', commission],
  ['Võ Thị Bảo Ngọc', '19033765120018', 'Techcom', 4_975_000, '0796 314 582', 'baongoc.ctv@saoviet.example', commission],
  ['Huỳnh Văn Tài', '068704070012583', 'HDBank', 2_215_000, 972_468_135, 'vantai.ctv@saoviet.example', commission],
  ['Mai Thị Phương Anh', '0351000728416', 'Vietcombank CN Hà Nội', 3_390_000, '0983 107 652', 'phuonganh.ctv@saoviet.example', commission],
  ['Cao Minh Triết', '0800127364859', 'MBB', 1_045_000, '0869 254 107', 'minhtriet.ctv@saoviet.example', commission],
  ['Tạ Thị Thanh Xuân', '601704060183', 'VIB', 2_890_000, '0917 538 026', 'thanhxuan.ctv@saoviet.example', commission],
  ['Đinh Văn Phúc', '1013572846', 'SHB', 3_960_000, '0348 672 915', 'vanphuc.ctv@saoviet.example', commission],
  ['Lưu Thị Thảo', '04201015827364', 'MSB', 1_730_000, '0903 718 264', 'thao.ctv@saoviet,example', commission],
  ['Châu Quốc Việt', '12010003658271', 'BIDV', 4_230_000, '0931 047 586', 'quocviet.ctv@saoviet.example', commission],
  ['Kiều Thị Minh Nguyệt', '0985216473', 'Ví MoMo', 720_000, '0985 216 473', 'minhnguyet.ctv@saoviet.example', commission],
  [
    'Hà Thanh Bình',
    '19034681257019',
    'Techcombank',
    3_540_000,
    '0362 195 847',
    'thanhbinh.ctv@saoviet.example',
    'Chi trả hoa hồng cộng tác viên bán hàng tháng 11/2026 theo hợp đồng số 125/2026/HĐCTV',
  ],
  ['Tôn Thất Khang', '103867215408', 'CTG', 2_470_000, '0775 830 419', 'thatkhang.ctv@saoviet.example', commission],
  ['La Thị Hoài Thương', '0491000836152', 'Vietcombank', 1_985_000, '0916 372 508', 'hoaithuong.ctv@saoviet.example', commission],
  ['Quách Văn Lâm', '8127364509', 'ACB', 4_610_000, '0392 508 613', 'vanlam.ctv@saoviet.example', commission],
  ['Thái Thị Ngọc Hân', '070018273645', 'Sacombank', 2_320_000, '0708 265 391', 'ngochan.ctv@saoviet.example', commission],
  ['Lâm Gia Bảo', '0357264819', 'MB Bank', 3_175_000, '0357 264 819', 'giabao.ctv@saoviet.example', commission],
  ['Tăng Thị Cẩm Tú', '02563018475', 'TPBank', 1_410_000, '0838 419 756', 'camtu.ctv@saoviet.example', commission],
];

async function smilepayzWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Hoa hồng T11');
  sheet.getCell('A1').value = 'CÔNG TY CỔ PHẦN THƯƠNG MẠI ĐIỆN TỬ SAO VIỆT';
  sheet.getCell('A2').value = 'DANH SÁCH CHI HOA HỒNG CỘNG TÁC VIÊN THÁNG 11/2026';
  sheet.getCell('A3').value = 'Kỳ thanh toán: 01/11/2026 - 30/11/2026. Chi qua SmilePayz.';
  const header = ['STT', 'Họ và tên', 'Số tài khoản', 'Ngân hàng', 'Số tiền', 'Số điện thoại', 'Email', 'Nội dung'];
  writeTable(sheet, 5, header, smilepayzRows.map((row, i) => [i + 1, ...row]), { text: [3, 6], amount: 5 });
  sheet.columns = [6, 26, 18, 30, 14, 16, 34, 40].map((width) => ({ width }));
  return workbook;
}

// ── AppotaPay: an office's monthly salaries to bank accounts and cards (XLSX) ─────────────────
// [employee id, account holder as the bank writes it, account or card number, type, bank, amount, message]
const salary = 'Luong thang 11 2026';
const appotapayRows: ReadonlyArray<readonly [string, string, string, string, string, number, string]> = [
  ['AP001', 'NGUYEN VAN HUNG', '0011003456789', 'Tài khoản', 'Vietcombank', 42_000_000, salary],
  ['AP002', 'TRAN THI THU HUONG', '19036457812013', 'Tài khoản', 'Techcombank', 28_500_000, salary],
  ['AP003', 'LE QUANG VINH', '0451000382617', 'Tài khoản', 'VCB HCM', 31_750_000, salary],
  ['AP004', 'PHAM NGOC ANH', '108869153274', 'Tài khoản', 'VTB', 18_900_000, salary],
  ['AP005', 'HOANG DUC THINH', '9704366812047315', 'Thẻ', 'Vietcombank', 15_200_000, salary],
  ['AP006', 'VU THI LAN PHUONG', '21510003825746', 'Tài khoản', 'BIDV', 22_400_000, salary],
  ['AP007', 'DANG MINH TUAN', '0680198237465', 'Tài khoản', 'MB', 35_600_000, salary],
  ['AP008', 'BUI THI THANH TAM', '1903 6712 3450 18', 'Tài khoản', 'Techcombank', 19_850_000, salary],
  ['AP009', 'DO VAN KHANH', '2601205173849', 'Tài khoản', 'Agribank', 12_300_000, salary],
  ['AP010', 'NGO THI HAI YEN', '15728463', 'Tài khoản', 'ACB', 24_750_000, salary],
  ['AP011', 'DUONG VAN LONG', '060192837465', 'Tài khoản', 'Sacombank', 16_400_000, salary],
  ['AP012', 'LY THI KIM NGAN', '00358127406', 'Tài khoản', 'TPBank', 21_050_000, salary],
  ['AP013', 'PHAN THANH DAT', '203948571', 'Tài khoản', 'VPBank', 38_200_000, salary],
  ['AP014', 'Phạm Thị Thu Hà', '0071000627384', 'Tài khoản', 'Vietcombank', 17_600_000, salary],
  ['AP015', 'TRINH QUOC CUONG', '9704078830126459', 'Thẻ', 'Techcombank', 13_950_000, salary],
  ['AP016', 'VO THI MY LINH', '031704070062751', 'Tài khoản', 'HDBank', 20_300_000, salary],
  ['AP017', 'HUYNH MINH KHOI', '1020384756', 'Tài khoản', 'SHB', 26_800_000, salary],
  ['AP018', 'MAI VAN DUNG', '108874261530', 'Tài khoản', 'VietinBank', 14_750_000, salary],
  ['AP019', 'CAO THI NGOC DIEP', '04001013726485', 'Tài khoản', 'MSB', 23_100_000, salary],
  ['AP020', 'TA VAN HOA', '12610000583746', 'Tài khoản', 'BIDV', 19_400_000, 'Lương tháng 11/2026 + thưởng dự án'],
  ['AP021', 'DINH THI BAO TRAM', '0041000274958', 'Tài khoản', 'Vietcombank', 29_900_000, salary],
  ['AP022', 'LUU DUC ANH', '8016283745', 'Tài khoản', 'Ngân hàng Quân đội', 11_800_000, salary],
  ['AP023', 'CHAU THI MINH THU', '601704060572', 'Tài khoản', 'VIB', 18_250_000, salary],
  ['AP024', 'KIEU VAN NAM', '0201000736158', 'Tài khoản', 'Eximbank', 15_900_000, salary],
  ['AP025', 'HA THI THUY', '0371000418265', 'Tài khoản', 'Vietcombank', 13_400_000, salary],
  ['AP026', 'TON THAT BAO', '19033182764015', 'Tài khoản', 'Techcombank', 33_300_000, salary],
  ['AP027', 'LA THI HONG NHUNG', '27183645', 'Tài khoản', 'ACB', 16_850_000, salary],
  ['AP028', 'QUACH MINH QUANG', '0356198274', 'Tài khoản', 'MB', 22_950_000, salary],
  ['AP029', 'THAI VAN PHONG', '108862731945', 'Tài khoản', 'VietinBank', 12_650_000, salary],
  ['AP030', 'LAM THI NGOC BICH', '060283746519', 'Tài khoản', 'Sacombank', 27_450_000, salary],
  ['AP031', 'TANG VAN HIEP', '00627183945', 'Tài khoản', 'TPBank', 14_100_000, salary],
  ['AP032', 'DOAN THI MAI', '31410001927365', 'Tài khoản', 'BIDV', 20_700_000, salary],
  ['AP033', 'TRUONG CONG HAU', '2106205381927', 'Tài khoản', 'Agribank', 10_950_000, salary],
  ['AP034', 'NGUYEN THI BICH PHUONG', '0491000583172', 'Tài khoản', 'Vietcombank', 25_300_000, salary],
];

async function appotapayWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Bảng lương T11');
  sheet.getCell('A1').value = 'CÔNG TY TNHH GIẢI PHÁP PHẦN MỀM AN PHÁT';
  sheet.getCell('A2').value = 'BẢNG LƯƠNG THÁNG 11/2026 - CHUYỂN KHOẢN QUA APPOTAPAY';
  sheet.getCell('A3').value = 'Đơn vị tính: VNĐ';
  const header = ['STT', 'Mã NV', 'Tên chủ tài khoản', 'Số tài khoản', 'Loại tài khoản', 'Ngân hàng', 'Số tiền', 'Nội dung chuyển khoản'];
  const first = 6;
  const last = writeTable(sheet, first - 1, header, appotapayRows.map((row, i) => [i + 1, ...row]), { text: [4], amount: 7 });
  const totals = last + 1;
  sheet.getCell(`A${totals}`).value = 'Tổng cộng';
  sheet.mergeCells(`A${totals}:F${totals}`);
  const total = appotapayRows.reduce((sum, row) => sum + row[5], 0);
  const sum = sheet.getCell(`G${totals}`);
  sum.value = { formula: `SUM(G${first}:G${last})`, result: total };
  sum.numFmt = '#,##0';
  sheet.getRow(totals).font = { bold: true };
  sheet.getRow(totals + 2).values = [null, 'Người lập biểu', null, 'Kế toán trưởng', null, null, 'Giám đốc'];
  sheet.getRow(totals + 6).values = [null, 'Đoàn Thị Mai', null, 'Nguyễn Thị Bích Phương', null, null, 'Trần Văn An'];
  sheet.columns = [6, 9, 28, 22, 15, 22, 15, 38].map((width) => ({ width }));
  return workbook;
}

// ── HaiPay: a Bangkok company's salaries in baht, to bank accounts and TrueMoney (CSV) ────────
// [employee id, name, bank as written, account, amount as written, phone, email]
const haipayRows: ReadonlyArray<readonly [string, string, string, string, string, string, string]> = [
  ['SF-0001', 'Somchai Jaidee', 'KBank', '0473829165', '45,000.00', '0812345670', 'somchai.j@siamfood.example'],
  ['SF-0002', 'Siriporn Thongdee', 'ไทยพาณิชย์', '4062187359', '28,750.50', '0898765432', 'siriporn.t@siamfood.example'],
  ['SF-0003', 'Anan Srisuk', 'ธ.กสิกรไทย สาขาสีลม', '0381726495', '22,400.00', '0861239874', 'anan.s@siamfood.example'],
  ['SF-0004', 'Pimchanok Wongsa', 'Bangkok Bank', '1429837465', '31,250.00', '0957381264', 'pimchanok.w@siamfood.example'],
  ['SF-0005', 'Nattapong Kaewkla', 'KTB', '9826153740', '18,500.00', '0634918275', 'nattapong.k@siamfood.example'],
  ['SF-0006', 'Kanokwan Rattanapong', 'TrueMoney Wallet', '0926483157', '12,000.00', '0926483157', 'kanokwan.r@siamfood.example'],
  ['SF-0007', 'Thanawat Boonmee', 'Krungsri', '7610294835', '25,000.50', '812094736', 'thanawat.b@siamfood.example'],
  ['SF-0008', 'Waraporn Saetang', 'SCB', '4139027586', '19,875.25', '0817362940', 'waraporn.s@siamfood.example'],
  ['SF-0009', 'Kittipong Chaiyasit', 'ttb', '2381947506', '36,200.00', '0843951726', 'kittipong.c@siamfood.example'],
  ['SF-0010', 'Sasithorn Phromma', 'กรุงไทย', '6728105934', '17,650.00', '0952748163', 'sasithorn.p@siamfood.example'],
  ['SF-0011', 'Apichart Suwannarat', 'KBank', '0592837146', '52,300.00', '0819274630', 'apichart.s@siamfood.example'],
  ['SF-0012', 'สมศรี ใจดี', 'ธนาคารกรุงเทพ', '0847261935', '21,300.00', '0873629150', 'somsri.j@siamfood.example'],
  ['SF-0013', 'Prasert Chantawong', 'GSB', '020183746592', '16,900.00', '0628173945', 'prasert.c@siamfood.example'],
  ['SF-0014', 'Jiraporn Sukjai', 'ไทยพานิชย์', '4207816359', '23,450.75', '0894152736', 'jiraporn.s@siamfood.example'],
  ['SF-0015', 'Worawit Pholsri', 'Kasikornbank', '0618293754', '27,800.00', '0816394827', 'worawit.p@siamfood.example'],
  ['SF-0016', 'Duangjai Meesuk', 'TrueMoney Wallet', '0649281753', '9,500.00', '0649281753', 'duangjai.m@siamfood.example'],
  ['SF-0017', 'Chatchai Ruangsri', 'BBL', '1837264950', '33,125.00', '0857419362', 'chatchai.r@siamfood.example'],
  ['SF-0018', 'Rattana Khamphan', 'KTB', '678-2-41935-0', '18,200.00', '0938175264', 'rattana.k@siamfood.example'],
  ['SF-0019', 'Surasak Noimai', 'ttb', '2394817265', '24,600.00', '0827361594', 'surasak.n@siamfood.example'],
  ['SF-0020', 'Malee Tansakul', 'SCB', '4152938607', '20,150.50', '0864923715', 'malee.t@siamfood.example'],
  ['SF-0021', 'Teerapat Yodying', 'Krungsri', '7629384015', '29,900.00', '0918273645', 'teerapat.y@siamfood.example'],
  ['SF-0022', 'Orathai Kongkaew', 'KBank', '0627394851', '15,750.00', '0639172845', 'orathai.k@siamfood.example'],
  ['SF-0023', 'Panya Siriwat', 'Bangkok Bank', '1472938560', '38,400.00', '0895273614', 'panya.o@siamfood.example'],
  ['SF-0024', 'Wilai Bunnag', 'SCB', '4180293756', '14,300.00', '0847291635', 'wilai.b@siamfood.example'],
];

function haipayCsv(): string {
  const total = haipayRows.reduce((sum, row) => sum + minorOf(row[4], 2), 0);
  return csvText(
    [
      ['บริษัท สยามฟู้ด เทรดดิ้ง จำกัด'],
      ['รายการจ่ายเงินเดือนพนักงาน ประจำเดือนพฤศจิกายน 2569 (จ่ายผ่าน HaiPay)'],
      [],
      ['ลำดับ', 'รหัสพนักงาน', 'ชื่อ-นามสกุล', 'ธนาคาร', 'เลขที่บัญชี', 'จำนวนเงิน (บาท)', 'เบอร์โทรศัพท์', 'อีเมล', 'หมายเหตุ'],
      ...haipayRows.map((row, i) => [i + 1, ...row, 'เงินเดือน พ.ย. 2569']),
      ['รวมทั้งสิ้น', '', '', '', '', baht(total)],
    ],
    9,
  );
}

// ── HiTechPAY refunds: a travel agency's cancelled bookings, refunded to the payments (XLSX) ───
// As the support team exports them from the booking system: transaction ids as Text (one cell the
// number Excel made of it), amounts and fees as the system writes đồng, a fee left blank when none.
// [booking, customer, service, zp_trans_id, amount as written, fee as written or null, reason]
const feeRule = 'Khách hủy trước 10 ngày, phí hủy 10%';
const refundRows: ReadonlyArray<readonly [string, string, string, string | number, string, string | null, string]> = [
  ['DL2611-0215', 'Nguyễn Văn Hùng', 'Tour Đà Nẵng - Hội An 4N3Đ', '261102000318472', '12.600.000', '1.260.000', feeRule],
  ['DL2611-0231', 'Trần Thị Mỹ Linh', 'Vé máy bay HAN-PQC khứ hồi', '261103000427915', '4.380.000', null, 'Hãng bay hủy chuyến VN1233'],
  ['DL2611-0244', 'Lê Hoàng Phúc', 'Khách sạn Sa Pa 2 đêm', '261104000152386', '2.900.000', '290.000', 'Khách đổi lịch, hủy đặt phòng; phí hủy 10%'],
  ['DL2611-0262', 'Phạm Thị Thanh Thủy', 'Du thuyền Hạ Long 2N1Đ', '261105000583104', '5.760.000', null, 'Du thuyền ngừng chạy do bão, hoàn toàn bộ'],
  ['DL2611-0270', 'Võ Minh Tuấn', 'Combo Phú Quốc 3N2Đ (vé máy bay + khách sạn)', '261106000274651', '3.450.000', null, 'Hoàn vé máy bay chiều về: hãng bay hủy chuyến'],
  ['DL2611-0270', 'Võ Minh Tuấn', 'Combo Phú Quốc 3N2Đ (vé máy bay + khách sạn)', '261106000274651', '1.800.000', null, 'Hoàn 1 đêm khách sạn không sử dụng'],
  ['DL2611-0288', 'Đặng Quốc Khánh', 'Vé tàu SE1 Hà Nội - Huế', '261107000396027', '1.640.000', null, 'Khách hủy vé trước 7 ngày, miễn phí hủy'],
  ['DL2611-0293', 'Bùi Thị Ngọc Hân', 'Tour Mộc Châu 2N1Đ', '261108000815263', '2.150.000đ', '215.000', feeRule],
  ['DL2611-0305', 'Hoàng Văn Long', 'Tour Nha Trang 3N2Đ', 261109000647318, '7.980.000', '798.000', feeRule],
  ['DL2611-0317', 'Ngô Thị Phương', 'Vé máy bay SGN-HAN', '261110 000529841', '2.470.000', null, 'Hãng bay đổi giờ bay, khách không đi được'],
  ['DL2611-0322', 'Đỗ Thành Nam', 'Tour Côn Đảo 3N2Đ', '261111000738206', '9.450.000', null, 'Tour hủy do không đủ khách'],
  ['DL2611-0336', 'Vũ Thị Hồng Nhung', 'Khách sạn Đà Lạt 1 đêm', '261112000461593', '850.000', '850.000', 'Khách hủy phòng, phí hủy 10%'],
  ['DL2611-0341', 'Trịnh Quang Huy', 'Tour Ninh Bình 1 ngày', '261113000290574', '1.190.000', null, 'Khách ốm, có giấy xác nhận của bệnh viện'],
  ['DL2611-0357', 'Lý Thị Kim Ngân', 'Tour Singapore - Malaysia 5N4Đ', '261114000173628', '17.800.000', '1.780.000', feeRule],
  ['DL2611-0362', 'Phan Đức Anh', 'Vé máy bay HAN-DAD', '261115000904715', '1.980.000', null, 'Hãng bay hủy chuyến VJ519'],
  ['DL2611-0378', 'Mai Thị Thu Hà', 'Combo Quy Nhơn 3N2Đ', '261116000358291', '6.300.000', '630.000', feeRule],
  ['DL2611-0384', 'Cao Minh Đức', 'Tour Hà Giang 3N2Đ', '261117000617430', '4.200.000', null, 'Sạt lở đường lên Đồng Văn, tour hủy'],
  ['DL2611-0391', 'Tạ Thị Lan Anh', 'Khách sạn Hội An 2 đêm', '261118000285946', '3.100.000', '0', 'Khách sạn nhận trùng phòng, hoàn toàn bộ'],
  ['DL2611-0403', 'Đinh Văn Toàn', 'Vé máy bay SGN-PQC', '261119000462187', '2.560.000', null, 'Hãng bay hủy chuyến VJ321'],
  ['DL2611-0416', 'Lưu Thị Hải Yến', 'Tour Cần Thơ - chợ nổi 2N1Đ', '261120000731852', '2.380.000', '238.000', feeRule],
];

async function hitechpayRefundsWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = newWorkbook();
  workbook.creator = 'CSKH';
  workbook.created = workbook.modified = refundsSavedAt;
  const sheet = workbook.addWorksheet('Hoàn tiền 21-11');
  sheet.getCell('A1').value = 'CÔNG TY TNHH LỮ HÀNH SÓNG XANH - PHÒNG CHĂM SÓC KHÁCH HÀNG';
  sheet.getCell('A2').value = 'DANH SÁCH HOÀN TIỀN BOOKING HỦY NGÀY 21/11/2026 (HOÀN QUA HITECHPAY)';
  const header = ['STT', 'Mã đơn hàng', 'Họ tên khách hàng', 'Dịch vụ', 'Mã giao dịch ZaloPay', 'Số tiền hoàn (VNĐ)', 'Phí hoàn tiền', 'Lý do hoàn tiền'];
  const last = writeTable(sheet, 4, header, refundRows.map((row, i) => [i + 1, ...row]), { text: [5, 6, 7] });
  // The booking system's footer: its total written as it writes the amounts.
  const total = refundRows.reduce((sum, row) => sum + minorOf(row[4], 0), 0);
  sheet.getRow(last + 1).values = ['Tổng cộng', null, null, null, null, dong(total)];
  sheet.getRow(last + 1).font = { bold: true };
  sheet.columns = [6, 14, 24, 40, 22, 18, 14, 44].map((width) => ({ width }));
  return workbook;
}

// ── Workbooks ────────────────────────────────────────────────────────────────────────────────

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kế toán';
  workbook.created = savedAt;
  workbook.modified = savedAt;
  return workbook;
}

/**
 * The header on row `headerRow` and the rows under it; the columns in `text` (1-based) are Text
 * cells (account numbers keep their zeros), `amount`, when the amounts are numbers, gets a
 * thousands format. A null is a blank cell. Returns the last row.
 */
function writeTable(sheet: ExcelJS.Worksheet, headerRow: number, header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>, columns: { text: readonly number[]; amount?: number }): number {
  sheet.getRow(headerRow).values = [...header];
  sheet.getRow(headerRow).font = { bold: true };
  rows.forEach((values, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    row.values = [...values];
    for (const column of columns.text) if (typeof values[column - 1] === 'string') row.getCell(column).numFmt = '@';
    if (columns.amount !== undefined) row.getCell(columns.amount).numFmt = '#,##0';
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  return headerRow + rows.length;
}

async function save(name: string, workbook: ExcelJS.Workbook): Promise<void> {
  writeFileSync(join(out, name), new Uint8Array(await workbook.xlsx.writeBuffer()));
}

writeFileSync(join(out, 'hitechpay-payroll.csv'), hitechpayCsv());
await save('smilepayz-payroll.xlsx', await smilepayzWorkbook());
await save('appotapay-payroll.xlsx', await appotapayWorkbook());
writeFileSync(join(out, 'haipay-payroll.csv'), haipayCsv());
await save('hitechpay-refunds.xlsx', await hitechpayRefundsWorkbook());
console.log(`Wrote hitechpay-payroll.csv, smilepayz-payroll.xlsx, appotapay-payroll.xlsx, haipay-payroll.csv and hitechpay-refunds.xlsx in ${out}.`);
