import type { BankEntry } from './bank-entry.js';

/**
 * Banks and e-wallets in Vietnam, with the names accountants write. Source: the NAPAS/VietQR
 * bank list (https://api.vietqr.io/v2/banks: `bin`, `code`, `shortName`, `name`), as copied into
 * public repositories in 2025, after DongA Bank became Vikki (970406, code Vikki) and OceanBank
 * became MBV (970414, code MBV); the aliases are the abbreviations, stock tickers and former names
 * payroll sheets use. The ids of the first 34 entries predate this list and are kept (CTG, not
 * ICB); the others are the VietQR code in capitals, spaces written as "-" (IBK-HN). Liobank and
 * Umee, digital banks not in the VietQR list, take their brand as id.
 */
export const vietnamBanks: readonly BankEntry[] = [
  { id: 'VCB', name: 'Vietcombank', kind: 'bank', bin: '970436', napasCode: 'VCB', aliases: ['Vietcombank', 'Vietcom', 'VCB', 'Ngoại thương', 'Ngân hàng Ngoại thương Việt Nam', 'Ngân hàng TMCP Ngoại thương Việt Nam', 'Bank for Foreign Trade of Vietnam', 'Joint Stock Commercial Bank for Foreign Trade of Vietnam'] },
  { id: 'TCB', name: 'Techcombank', kind: 'bank', bin: '970407', napasCode: 'TCB', aliases: ['Techcombank', 'Techcom', 'TCB', 'Kỹ thương', 'Ngân hàng TMCP Kỹ thương Việt Nam', 'Vietnam Technological and Commercial Joint Stock Bank'] },
  { id: 'MB', name: 'MB Bank', kind: 'bank', bin: '970422', napasCode: 'MB', aliases: ['MB', 'MB Bank', 'MBB', 'Quân đội', 'Ngân hàng Quân đội', 'Ngân hàng TMCP Quân đội', 'Military Bank', 'Military Commercial Joint Stock Bank'] },
  { id: 'BIDV', name: 'BIDV', kind: 'bank', bin: '970418', napasCode: 'BIDV', aliases: ['BIDV', 'BID', 'Đầu tư và Phát triển', 'Ngân hàng Đầu tư và Phát triển Việt Nam', 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam', 'Bank for Investment and Development of Vietnam'] },
  { id: 'CTG', name: 'VietinBank', kind: 'bank', bin: '970415', napasCode: 'ICB', aliases: ['VietinBank', 'Vietin', 'VTB', 'CTG', 'ICB', 'Incombank', 'Công thương', 'Ngân hàng Công thương Việt Nam', 'Ngân hàng TMCP Công thương Việt Nam', 'Vietnam Joint Stock Commercial Bank for Industry and Trade'] },
  { id: 'VBA', name: 'Agribank', kind: 'bank', bin: '970405', napasCode: 'VBA', aliases: ['Agribank', 'Agri', 'AGR', 'VBA', 'VBARD', 'VARB', 'NHNo', 'NHNo&PTNT', 'NN&PTNT', 'Nông nghiệp', 'Nông nghiệp và Phát triển Nông thôn', 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam', 'Vietnam Bank for Agriculture and Rural Development'] },
  { id: 'ACB', name: 'ACB', kind: 'bank', bin: '970416', napasCode: 'ACB', aliases: ['ACB', 'Á Châu', 'Ngân hàng Á Châu', 'Ngân hàng TMCP Á Châu', 'Asia Commercial Bank'] },
  { id: 'TPB', name: 'TPBank', kind: 'bank', bin: '970423', napasCode: 'TPB', aliases: ['TPBank', 'TPB', 'Tiên Phong', 'Ngân hàng TMCP Tiên Phong', 'Tien Phong Commercial Joint Stock Bank'] },
  { id: 'VPB', name: 'VPBank', kind: 'bank', bin: '970432', napasCode: 'VPB', aliases: ['VPBank', 'VPB', 'Việt Nam Thịnh Vượng', 'Ngân hàng TMCP Việt Nam Thịnh Vượng', 'Vietnam Prosperity Joint Stock Commercial Bank'] },
  { id: 'STB', name: 'Sacombank', kind: 'bank', bin: '970403', napasCode: 'STB', aliases: ['Sacombank', 'Sacom', 'STB', 'Sài Gòn Thương Tín', 'Ngân hàng TMCP Sài Gòn Thương Tín', 'Saigon Thuong Tin Commercial Joint Stock Bank'] },
  { id: 'SHB', name: 'SHB', kind: 'bank', bin: '970443', napasCode: 'SHB', aliases: ['SHB', 'SHBank', 'Sài Gòn - Hà Nội', 'Ngân hàng TMCP Sài Gòn - Hà Nội', 'Saigon - Hanoi Commercial Joint Stock Bank'] },
  { id: 'HDB', name: 'HDBank', kind: 'bank', bin: '970437', napasCode: 'HDB', aliases: ['HDBank', 'HDB', 'Phát triển TP.HCM', 'Phát triển Thành phố Hồ Chí Minh', 'Ngân hàng TMCP Phát triển TP.HCM', 'Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh', 'Ho Chi Minh City Development Joint Stock Commercial Bank'] },
  { id: 'VIB', name: 'VIB', kind: 'bank', bin: '970441', napasCode: 'VIB', aliases: ['VIB', 'VIBBank', 'Quốc tế', 'Ngân hàng Quốc tế', 'Ngân hàng TMCP Quốc tế Việt Nam', 'Vietnam International Commercial Joint Stock Bank'] },
  { id: 'OCB', name: 'OCB', kind: 'bank', bin: '970448', napasCode: 'OCB', aliases: ['OCB', 'Phương Đông', 'Ngân hàng TMCP Phương Đông', 'Orient Commercial Bank', 'Orient Commercial Joint Stock Bank'] },
  { id: 'MSB', name: 'MSB', kind: 'bank', bin: '970426', napasCode: 'MSB', aliases: ['MSB', 'Maritime Bank', 'Maritime', 'Hàng Hải', 'Ngân hàng TMCP Hàng Hải', 'Ngân hàng TMCP Hàng Hải Việt Nam', 'Vietnam Maritime Commercial Joint Stock Bank'] },
  { id: 'SCB', name: 'SCB (Sài Gòn)', kind: 'bank', bin: '970429', napasCode: 'SCB', aliases: ['SCB', 'Ngân hàng Sài Gòn', 'Ngân hàng TMCP Sài Gòn', 'Sai Gon Commercial Bank', 'Saigon Commercial Joint Stock Bank'] },
  { id: 'SEAB', name: 'SeABank', kind: 'bank', bin: '970440', napasCode: 'SEAB', aliases: ['SeABank', 'SEAB', 'SSB', 'Đông Nam Á', 'Ngân hàng TMCP Đông Nam Á', 'Southeast Asia Commercial Joint Stock Bank'] },
  { id: 'EIB', name: 'Eximbank', kind: 'bank', bin: '970431', napasCode: 'EIB', aliases: ['Eximbank', 'EXIM', 'EIB', 'Xuất nhập khẩu', 'Ngân hàng TMCP Xuất Nhập khẩu Việt Nam', 'Vietnam Export Import Commercial Joint Stock Bank'] },
  { id: 'LPB', name: 'LPBank', kind: 'bank', bin: '970449', napasCode: 'LPB', aliases: ['LPBank', 'LPB', 'LVB', 'LVPB', 'LienVietPostBank', 'Lien Viet Post Bank', 'LienViet', 'Liên Việt', 'Bưu điện Liên Việt', 'Ngân hàng TMCP Bưu điện Liên Việt', 'Lộc Phát', 'Ngân hàng TMCP Lộc Phát Việt Nam'] },
  { id: 'ABB', name: 'ABBank', kind: 'bank', bin: '970425', napasCode: 'ABB', aliases: ['ABBank', 'ABB', 'An Bình', 'Ngân hàng TMCP An Bình', 'An Binh Commercial Joint Stock Bank'] },
  { id: 'NAB', name: 'Nam A Bank', kind: 'bank', bin: '970428', napasCode: 'NAB', aliases: ['Nam A Bank', 'NAB', 'Nam Á', 'Ngân hàng TMCP Nam Á', 'Nam A Commercial Joint Stock Bank'] },
  { id: 'BAB', name: 'Bac A Bank', kind: 'bank', bin: '970409', napasCode: 'BAB', aliases: ['Bac A Bank', 'BAB', 'Bắc Á', 'Ngân hàng TMCP Bắc Á', 'Bac A Commercial Joint Stock Bank'] },
  { id: 'KLB', name: 'KienlongBank', kind: 'bank', bin: '970452', napasCode: 'KLB', aliases: ['KienlongBank', 'Kienlong', 'KLB', 'Kiên Long', 'Ngân hàng TMCP Kiên Long', 'Kien Long Commercial Joint Stock Bank'] },
  { id: 'PVCB', name: 'PVcomBank', kind: 'bank', bin: '970412', napasCode: 'PVCB', aliases: ['PVcomBank', 'PVcom', 'PVCB', 'PVB', 'PVBank', 'Đại chúng', 'Ngân hàng TMCP Đại Chúng Việt Nam'] },
  { id: 'NCB', name: 'NCB', kind: 'bank', bin: '970419', napasCode: 'NCB', aliases: ['NCB', 'NVB', 'Quốc Dân', 'Ngân hàng TMCP Quốc Dân', 'Navibank', 'Nam Việt', 'National Citizen Commercial Joint Stock Bank'] },
  { id: 'BVB', name: 'BaoViet Bank', kind: 'bank', bin: '970438', napasCode: 'BVB', aliases: ['BaoViet Bank', 'BaoViet', 'BVB', 'Bảo Việt', 'Ngân hàng TMCP Bảo Việt', 'Bao Viet Joint Stock Commercial Bank'] },
  { id: 'VCCB', name: 'BVBank (Bản Việt)', kind: 'bank', bin: '970454', napasCode: 'VCCB', aliases: ['BVBank', 'Viet Capital Bank', 'Viet Capital', 'VCCB', 'Bản Việt', 'Ngân hàng TMCP Bản Việt', 'Viet Capital Commercial Joint Stock Bank'] },
  { id: 'PGB', name: 'PGBank', kind: 'bank', bin: '970430', napasCode: 'PGB', aliases: ['PGBank', 'PGB', 'Xăng dầu Petrolimex', 'Ngân hàng TMCP Xăng dầu Petrolimex', 'Thịnh vượng và Phát triển', 'Ngân hàng TMCP Thịnh vượng và Phát triển', 'Prosperity and Growth Commercial Joint Stock Bank'] },
  { id: 'SGB', name: 'Saigonbank', kind: 'bank', bin: '970400', napasCode: 'SGICB', aliases: ['Saigonbank', 'SGB', 'Sài Gòn Công Thương', 'Ngân hàng TMCP Sài Gòn Công Thương', 'Saigon Bank for Industry and Trade'] },
  { id: 'VAB', name: 'VietABank', kind: 'bank', bin: '970427', napasCode: 'VAB', aliases: ['VietABank', 'Viet A Bank', 'VAB', 'Việt Á', 'Ngân hàng TMCP Việt Á', 'Viet A Commercial Joint Stock Bank'] },
  { id: 'MOMO', name: 'MoMo', kind: 'wallet', bin: '971025', napasCode: 'MOMO', aliases: ['MoMo', 'Ví MoMo', 'MoMo Wallet', 'M_Service', 'M Service'] },
  { id: 'ZALOPAY', name: 'ZaloPay', kind: 'wallet', aliases: ['ZaloPay', 'Zalo Pay', 'Ví ZaloPay'] },
  { id: 'VIETTELMONEY', name: 'Viettel Money', kind: 'wallet', bin: '971005', napasCode: 'VTLMONEY', aliases: ['Viettel Money', 'ViettelMoney', 'ViettelPay', 'Viettel Pay', 'VTLMONEY', 'Tổng Công ty Dịch vụ số Viettel'] },
  { id: 'VNPTMONEY', name: 'VNPT Money', kind: 'wallet', bin: '971011', napasCode: 'VNPTMONEY', aliases: ['VNPT Money', 'VNPTMoney', 'VNPT Pay', 'VNPTPay'] },
  // Added from the NAPAS/VietQR list.
  { id: 'VIETBANK', name: 'VietBank', kind: 'bank', bin: '970433', napasCode: 'VIETBANK', aliases: ['VietBank', 'VBB', 'Việt Nam Thương Tín', 'Ngân hàng TMCP Việt Nam Thương Tín', 'Vietnam Thuong Tin Commercial Joint Stock Bank'] },
  { id: 'VIKKI', name: 'Vikki Bank (DongA Bank)', kind: 'bank', bin: '970406', napasCode: 'VIKKI', aliases: ['Vikki', 'Vikki Bank', 'Ngân hàng TNHH MTV Số Vikki', 'DongA Bank', 'DongA', 'DAB', 'DOB', 'Đông Á', 'Ngân hàng TMCP Đông Á', 'Ngân hàng Đông Á', 'Dong A Commercial Joint Stock Bank'] },
  { id: 'GPB', name: 'GPBank', kind: 'bank', bin: '970408', napasCode: 'GPB', aliases: ['GPBank', 'GPB', 'Dầu khí Toàn cầu', 'Ngân hàng Thương mại TNHH MTV Dầu Khí Toàn Cầu', 'Global Petro Bank', 'Global Petro Sole Member Limited Commercial Bank'] },
  { id: 'MBV', name: 'MBV (OceanBank)', kind: 'bank', bin: '970414', napasCode: 'MBV', aliases: ['MBV', 'Việt Nam Hiện Đại', 'Ngân hàng TNHH MTV Việt Nam Hiện Đại', 'OceanBank', 'Ocean', 'OJB', 'Đại Dương', 'Ngân hàng Thương mại TNHH MTV Đại Dương', 'Ocean Commercial One Member Limited Liability Bank'] },
  { id: 'CBB', name: 'VCBNeo (CBBank)', kind: 'bank', bin: '970444', napasCode: 'CBB', aliases: ['CBBank', 'CBB', 'VCBNeo', 'Xây dựng', 'Ngân hàng Xây dựng', 'Ngân hàng Thương mại TNHH MTV Xây dựng Việt Nam', 'Ngoại thương Công nghệ số', 'Ngân hàng TNHH MTV Ngoại thương Công nghệ số', 'Construction Bank', 'Vietnam Construction Bank'] },
  { id: 'SHBVN', name: 'Shinhan Bank', kind: 'bank', bin: '970424', napasCode: 'SHBVN', aliases: ['Shinhan Bank', 'ShinhanBank', 'Shinhan', 'SHBVN', 'Ngân hàng TNHH MTV Shinhan Việt Nam', 'Shinhan Bank Vietnam'] },
  { id: 'HSBC', name: 'HSBC', kind: 'bank', bin: '458761', napasCode: 'HSBC', aliases: ['HSBC', 'HSBC Bank', 'Ngân hàng TNHH MTV HSBC (Việt Nam)', 'HSBC Bank (Vietnam) Ltd'] },
  { id: 'SCVN', name: 'Standard Chartered', kind: 'bank', bin: '970410', napasCode: 'SCVN', aliases: ['Standard Chartered', 'Standard Chartered Bank', 'StandardChartered', 'SCVN', 'Ngân hàng TNHH MTV Standard Chartered Bank Việt Nam', 'Ngân hàng TNHH MTV Standard Chartered Việt Nam'] },
  { id: 'WVN', name: 'Woori Bank', kind: 'bank', bin: '970457', napasCode: 'WVN', aliases: ['Woori Bank', 'Woori', 'WooriBank', 'WVN', 'Ngân hàng TNHH MTV Woori Việt Nam'] },
  { id: 'CIMB', name: 'CIMB', kind: 'bank', bin: '422589', napasCode: 'CIMB', aliases: ['CIMB', 'CIMB Bank', 'Ngân hàng TNHH MTV CIMB Việt Nam'] },
  { id: 'UOB', name: 'UOB', kind: 'bank', bin: '970458', napasCode: 'UOB', aliases: ['UOB', 'UOB Bank', 'United Overseas', 'United Overseas Bank', 'UnitedOverseas', 'Ngân hàng United Overseas', 'Ngân hàng TNHH MTV United Overseas Bank (Việt Nam)'] },
  { id: 'PBVN', name: 'Public Bank', kind: 'bank', bin: '970439', napasCode: 'PBVN', aliases: ['Public Bank', 'PublicBank', 'PBVN', 'VID Public', 'VID Public Bank', 'Ngân hàng TNHH MTV Public Việt Nam'] },
  { id: 'HLBVN', name: 'Hong Leong Bank', kind: 'bank', bin: '970442', napasCode: 'HLBVN', aliases: ['Hong Leong', 'Hong Leong Bank', 'HongLeong', 'HLBVN', 'HLB', 'Ngân hàng TNHH MTV Hong Leong Việt Nam'] },
  { id: 'IVB', name: 'Indovina Bank', kind: 'bank', bin: '970434', napasCode: 'IVB', aliases: ['Indovina', 'Indovina Bank', 'IndovinaBank', 'IVB', 'Ngân hàng TNHH Indovina'] },
  { id: 'COOPBANK', name: 'Co-opBank', kind: 'bank', bin: '970446', napasCode: 'COOPBANK', aliases: ['Co-opBank', 'Coop Bank', 'Co-op', 'COOPBANK', 'Hợp tác xã', 'Ngân hàng Hợp tác xã', 'Ngân hàng Hợp tác xã Việt Nam', 'Co-operative Bank of Vietnam'] },
  { id: 'VRB', name: 'VRB (Việt - Nga)', kind: 'bank', bin: '970421', napasCode: 'VRB', aliases: ['VRB', 'Việt Nga', 'Liên doanh Việt - Nga', 'Ngân hàng Liên doanh Việt - Nga', 'Vietnam - Russia Joint Venture Bank'] },
  { id: 'CAKE', name: 'CAKE by VPBank', kind: 'bank', bin: '546034', napasCode: 'CAKE', aliases: ['CAKE', 'CAKE by VPBank', 'Ngân hàng số CAKE by VPBank'] },
  { id: 'UBANK', name: 'Ubank by VPBank', kind: 'bank', bin: '546035', napasCode: 'UBANK', aliases: ['Ubank', 'Ubank by VPBank', 'Ngân hàng số Ubank by VPBank'] },
  { id: 'TIMO', name: 'Timo', kind: 'bank', bin: '963388', napasCode: 'TIMO', aliases: ['Timo', 'Timo Bank', 'Timo by BVBank', 'Timo by Ban Viet Bank', 'Timo by Bản Việt', 'Ngân hàng số Timo'] },
  { id: 'VBSP', name: 'VBSP (Chính sách Xã hội)', kind: 'bank', bin: '999888', napasCode: 'VBSP', aliases: ['VBSP', 'NHCSXH', 'CSXH', 'Chính sách Xã hội', 'Ngân hàng Chính sách Xã hội', 'Vietnam Bank for Social Policies'] },
  { id: 'PVDB', name: 'PVcomBank Pay', kind: 'bank', bin: '971133', napasCode: 'PVDB', aliases: ['PVcomBank Pay', 'PVcom Pay', 'PVDB', 'Ngân hàng TMCP Đại Chúng Việt Nam Ngân hàng số'] },
  { id: 'KBANK', name: 'KBank (Kasikornbank)', kind: 'bank', bin: '668888', napasCode: 'KBANK', aliases: ['KBank', 'Kasikornbank', 'Kasikorn', 'Ngân hàng Đại chúng TNHH Kasikornbank'] },
  { id: 'DBS', name: 'DBS Bank', kind: 'bank', bin: '796500', napasCode: 'DBS', aliases: ['DBS', 'DBS Bank', 'DBS Bank Ltd'] },
  { id: 'CITIBANK', name: 'Citibank', kind: 'bank', bin: '533948', napasCode: 'CITIBANK', aliases: ['Citibank', 'Citi', 'Ngân hàng Citibank', 'Citibank N.A.'] },
  { id: 'MAFC', name: 'Mirae Asset Finance (MAFC)', kind: 'bank', bin: '977777', napasCode: 'MAFC', aliases: ['MAFC', 'Mirae Asset', 'Công ty Tài chính TNHH MTV Mirae Asset (Việt Nam)'] },
  // Branches of one foreign bank in two cities: the bank's name alone fits both, so it is ambiguous.
  { id: 'KEBHANAHN', name: 'KEB Hana (Hà Nội)', kind: 'bank', bin: '970467', napasCode: 'KEBHANAHN', aliases: ['KEB Hana', 'Hana Bank', 'KEB Hana Hà Nội', 'KEB Hana HN', 'KEB Hana CN Hà Nội', 'Ngân hàng KEB Hana – Chi nhánh Hà Nội'] },
  { id: 'KEBHANAHCM', name: 'KEB Hana (TP.HCM)', kind: 'bank', bin: '970466', napasCode: 'KEBHANAHCM', aliases: ['KEB Hana', 'Hana Bank', 'KEB Hana HCM', 'KEB Hana TP.HCM', 'KEB Hana CN HCM', 'Ngân hàng KEB Hana – Chi nhánh Thành phố Hồ Chí Minh'] },
  { id: 'KBHN', name: 'Kookmin (Hà Nội)', kind: 'bank', bin: '970462', napasCode: 'KBHN', aliases: ['Kookmin', 'Kookmin Bank', 'KB Kookmin', 'Kookmin HN', 'Kookmin Hà Nội', 'Kookmin CN Hà Nội', 'Ngân hàng Kookmin - Chi nhánh Hà Nội'] },
  { id: 'KBHCM', name: 'Kookmin (TP.HCM)', kind: 'bank', bin: '970463', napasCode: 'KBHCM', aliases: ['Kookmin', 'Kookmin Bank', 'KB Kookmin', 'Kookmin HCM', 'Kookmin TP.HCM', 'Kookmin CN HCM', 'Ngân hàng Kookmin - Chi nhánh Thành phố Hồ Chí Minh'] },
  { id: 'IBK-HN', name: 'IBK (Hà Nội)', kind: 'bank', bin: '970455', napasCode: 'IBK - HN', aliases: ['IBK', 'Industrial Bank of Korea', 'IBK HN', 'IBK Hà Nội', 'IBK CN Hà Nội', 'IBKHN', 'Ngân hàng Công nghiệp Hàn Quốc - Chi nhánh Hà Nội'] },
  { id: 'IBK-HCM', name: 'IBK (TP.HCM)', kind: 'bank', bin: '970456', napasCode: 'IBK - HCM', aliases: ['IBK', 'Industrial Bank of Korea', 'IBK HCM', 'IBK TP.HCM', 'IBK CN HCM', 'IBKHCM', 'Ngân hàng Công nghiệp Hàn Quốc - Chi nhánh TP. Hồ Chí Minh'] },
  { id: 'NHB-HN', name: 'Nonghyup (Hà Nội)', kind: 'bank', bin: '801011', napasCode: 'NHB HN', aliases: ['Nonghyup', 'NongHyup Bank', 'NHB', 'Ngân hàng Nonghyup - Chi nhánh Hà Nội'] },
  // Digital banks in providers' lists but not in the VietQR list.
  { id: 'LIOBANK', name: 'Liobank', kind: 'bank', aliases: ['Liobank', 'Lio Bank', 'Liobank by OCB'] },
  { id: 'UMEE', name: 'Umee', kind: 'bank', aliases: ['Umee', 'Umee by KienlongBank', 'Umee by Kienlong'] },
];
