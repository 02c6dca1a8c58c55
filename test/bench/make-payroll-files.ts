// Writes the benchmark's 100,000-row payroll as .xlsx (exceljs streaming writer) and .csv.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';

const [xlsxPath, csvPath, countText] = process.argv.slice(2);
if (!xlsxPath || !csvPath) throw new Error('usage: make-payroll-files OUT.xlsx OUT.csv [rows]');
const count = Number(countText ?? 100_000);
const banks = ['Vietcombank', 'Techcombank', 'BIDV', 'VietinBank', 'MB Bank', 'ACB', 'TPBank', 'VPBank'];
const header = ['STT', 'Họ và tên', 'Số tài khoản', 'Ngân hàng', 'Số tiền', 'SĐT', 'Nội dung'];
const row = (i: number) => [i + 1, `Nguyễn Văn Thành ${i + 1}`, String(1_000_000_000 + i * 7).padStart(13, '0'), banks[i % banks.length] ?? '', 1_000_000 + (i % 97) * 50_000, `09${String(10_000_000 + i).slice(-8)}`, 'Lương tháng 10/2026'] as const;

const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxPath, useSharedStrings: true });
const sheet = workbook.addWorksheet('Lương T10');
sheet.addRow(['CÔNG TY TNHH THƯƠNG MẠI ABC']).commit();
sheet.addRow(['BẢNG LƯƠNG THÁNG 10/2026']).commit();
sheet.addRow([]).commit();
sheet.addRow(header).commit();
for (let i = 0; i < count; i += 1) sheet.addRow([...row(i)]).commit();
sheet.addRow(['Tổng cộng', null, null, null, { formula: `SUM(E5:E${count + 4})` }]).commit();
await sheet.commit();
await workbook.commit();

const csv = createWriteStream(csvPath);
csv.write(`${header.join(',')}\n`);
for (let i = 0; i < count; i += 1) {
  const [n, name, account, bank, amount, phone, note] = row(i);
  const line = `${n},${name},${account},${bank},"${amount.toLocaleString('de-DE')}",${phone},${note}\n`;
  if (!csv.write(line)) await once(csv, 'drain');
}
csv.end();
await once(csv, 'finish');
