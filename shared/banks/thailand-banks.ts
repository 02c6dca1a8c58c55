import type { BankEntry } from './bank-entry.js';

/**
 * Banks and e-wallets in Thailand, with the names accountants write (English and Thai, short and
 * legal, former names). Source of the 3-digit codes: the Bank of Thailand's institution codes used
 * in interbank transfers (002 BBL … 073 LH Bank, 098 SME D Bank), as listed with their Thai legal
 * names in public payroll and payment code. Former banks are aliases of the bank they merged into
 * (ทหารไทย TMB and ธนชาต Thanachart: TTB); their old codes are not, as a retired code names no
 * account today. New ids are the usual English abbreviation (ISBT, TCD, SCBT…).
 */
export const thailandBanks: readonly BankEntry[] = [
  { id: 'KBANK', name: 'Kasikornbank', kind: 'bank', botCode: '004', aliases: ['KBANK', 'K Bank', 'K-Bank', 'Kasikorn', 'Kasikornbank', 'Kasikornbank Public Company Limited', 'Thai Farmers Bank', 'กสิกร', 'กสิกรไทย', 'ธนาคารกสิกรไทย', 'ธนาคารกสิกรไทย จำกัด (มหาชน)'] },
  { id: 'SCB', name: 'Siam Commercial Bank', kind: 'bank', botCode: '014', aliases: ['SCB', 'Siam Commercial', 'Siam Commercial Bank', 'Siam Commercial Bank Public Company Limited', 'SCB X', 'ไทยพาณิชย์', 'ธนาคารไทยพาณิชย์', 'ธนาคารไทยพาณิชย์ จำกัด (มหาชน)'] },
  { id: 'BBL', name: 'Bangkok Bank', kind: 'bank', botCode: '002', aliases: ['BBL', 'Bangkok Bank', 'BKK Bank', 'Bualuang', 'Bangkok Bank Public Company Limited', 'กรุงเทพ', 'บัวหลวง', 'ธนาคารกรุงเทพ', 'ธนาคารกรุงเทพ จำกัด (มหาชน)'] },
  { id: 'KTB', name: 'Krungthai Bank', kind: 'bank', botCode: '006', aliases: ['KTB', 'Krungthai', 'Krung Thai', 'Krungthai Bank', 'Krung Thai Bank Public Company Limited', 'กรุงไทย', 'ธนาคารกรุงไทย', 'ธนาคารกรุงไทย จำกัด (มหาชน)'] },
  { id: 'BAY', name: 'Krungsri (Bank of Ayudhya)', kind: 'bank', botCode: '025', aliases: ['BAY', 'Krungsri', 'Bank of Ayudhya', 'Krungsri Bank', 'Bank of Ayudhya Public Company Limited', 'กรุงศรี', 'กรุงศรีอยุธยา', 'ธนาคารกรุงศรีอยุธยา', 'ธนาคารกรุงศรีอยุธยา จำกัด (มหาชน)'] },
  { id: 'TTB', name: 'TMBThanachart (ttb)', kind: 'bank', botCode: '011', aliases: ['TTB', 'TMBThanachart', 'TMB Thanachart', 'TMBThanachart Bank Public Company Limited', 'TMB', 'TMB Bank', 'Thai Military Bank', 'Thanachart', 'Thanachart Bank', 'TBANK', 'ทหารไทยธนชาต', 'ทีเอ็มบีธนชาต', 'ทีทีบี', 'ธนาคารทหารไทยธนชาต', 'ธนาคารทหารไทยธนชาต จำกัด (มหาชน)', 'ทหารไทย', 'ธนาคารทหารไทย จำกัด (มหาชน)', 'ธนชาต', 'ธนาคารธนชาต จำกัด (มหาชน)'] },
  { id: 'GSB', name: 'Government Savings Bank', kind: 'bank', botCode: '030', aliases: ['GSB', 'Government Savings Bank', 'ออมสิน', 'ธนาคารออมสิน'] },
  { id: 'BAAC', name: 'BAAC', kind: 'bank', botCode: '034', aliases: ['BAAC', 'Bank for Agriculture and Agricultural Cooperatives', 'ธ.ก.ส.', 'ธกส', 'ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร', 'ธนาคารเพื่อการเกษตรและสหกรณ์'] },
  { id: 'KKP', name: 'Kiatnakin Phatra Bank', kind: 'bank', botCode: '069', aliases: ['KKP', 'Kiatnakin', 'Kiatnakin Phatra', 'Kiatnakin Bank', 'Kiatnakin Phatra Bank Public Company Limited', 'เกียรตินาคิน', 'เกียรตินาคินภัทร', 'ธนาคารเกียรตินาคินภัทร', 'ธนาคารเกียรตินาคินภัทร จำกัด (มหาชน)', 'ธนาคารเกียรตินาคิน จำกัด (มหาชน)'] },
  { id: 'CIMBT', name: 'CIMB Thai', kind: 'bank', botCode: '022', aliases: ['CIMBT', 'CIMB', 'CIMB Thai', 'CIMB Thai Bank Public Company Limited', 'ซีไอเอ็มบี', 'ซีไอเอ็มบี ไทย', 'ธนาคารซีไอเอ็มบี ไทย', 'ธนาคารซีไอเอ็มบี ไทย จำกัด (มหาชน)'] },
  { id: 'UOBT', name: 'UOB Thailand', kind: 'bank', botCode: '024', aliases: ['UOBT', 'UOB', 'UOB Thailand', 'United Overseas Bank (Thai) Public Company Limited', 'ยูโอบี', 'ธนาคารยูโอบี', 'ธนาคารยูโอบี จำกัด (มหาชน)'] },
  { id: 'TISCO', name: 'TISCO Bank', kind: 'bank', botCode: '067', aliases: ['TISCO', 'TISCO Bank', 'TISCO Bank Public Company Limited', 'ทิสโก้', 'ธนาคารทิสโก้', 'ธนาคารทิสโก้ จำกัด (มหาชน)'] },
  { id: 'LHB', name: 'LH Bank', kind: 'bank', botCode: '073', aliases: ['LHB', 'LH Bank', 'LH', 'Land and Houses Bank', 'Land and Houses Bank Public Company Limited', 'Land and Houses Retail Bank', 'แลนด์ แอนด์ เฮ้าส์', 'ธนาคารแลนด์ แอนด์ เฮ้าส์', 'ธนาคารแลนด์ แอนด์ เฮ้าส์ จำกัด (มหาชน)', 'ธนาคารแลนด์ แอนด์ เฮ้าส์ เพื่อรายย่อย จำกัด (มหาชน)'] },
  { id: 'GHB', name: 'Government Housing Bank', kind: 'bank', botCode: '033', aliases: ['GHB', 'Government Housing Bank', 'อาคารสงเคราะห์', 'ธอส', 'ธ.อ.ส.', 'ธนาคารอาคารสงเคราะห์'] },
  { id: 'ICBCT', name: 'ICBC Thai', kind: 'bank', botCode: '070', aliases: ['ICBCT', 'ICBC', 'ICBC Thai', 'ICBC (Thai) Public Company Limited', 'Industrial and Commercial Bank of China (Thai)', 'ไอซีบีซี', 'ไอซีบีซี (ไทย)', 'ธนาคารไอซีบีซี (ไทย)', 'ธนาคารไอซีบีซี (ไทย) จำกัด (มหาชน)'] },
  { id: 'TRUEMONEY', name: 'TrueMoney Wallet', kind: 'wallet', aliases: ['TrueMoney', 'True Money', 'TrueMoney Wallet', 'ทรูมันนี่', 'ทรูมันนี่ วอลเล็ท'] },
  // Added from the Bank of Thailand's code list.
  { id: 'ISBT', name: 'Islamic Bank of Thailand', kind: 'bank', botCode: '066', aliases: ['ISBT', 'IBank', 'Islamic Bank', 'Islamic Bank of Thailand', 'อิสลาม', 'ธอท', 'ธนาคารอิสลาม', 'ธนาคารอิสลามแห่งประเทศไทย'] },
  { id: 'TCD', name: 'Thai Credit Bank', kind: 'bank', botCode: '071', aliases: ['TCD', 'TCRB', 'Thai Credit', 'Thai Credit Bank', 'Thai Credit Retail Bank', 'Thai Credit Bank Public Company Limited', 'ไทยเครดิต', 'ธนาคารไทยเครดิต', 'ธนาคารไทยเครดิต จำกัด (มหาชน)', 'ธนาคารไทยเครดิต เพื่อรายย่อย จำกัด (มหาชน)'] },
  { id: 'SCBT', name: 'Standard Chartered (Thai)', kind: 'bank', botCode: '020', aliases: ['SCBT', 'Standard Chartered', 'Standard Chartered Thai', 'Standard Chartered Bank (Thai) Public Company Limited', 'สแตนดาร์ดชาร์เตอร์ด', 'ธนาคารสแตนดาร์ดชาร์เตอร์ด (ไทย) จำกัด (มหาชน)'] },
  { id: 'CITI', name: 'Citibank', kind: 'bank', botCode: '017', aliases: ['CITI', 'Citibank', 'Citibank N.A.', 'ซิตี้แบงก์', 'ธนาคารซิตี้แบงก์'] },
  { id: 'HSBC', name: 'HSBC', kind: 'bank', botCode: '031', aliases: ['HSBC', 'The Hongkong and Shanghai Banking Corporation', 'ฮ่องกงและเซี่ยงไฮ้แบงกิ้งคอร์ปอเรชั่น', 'ธนาคารฮ่องกงและเซี่ยงไฮ้แบงกิ้งคอร์ปอเรชั่น จำกัด'] },
  { id: 'BOCT', name: 'Bank of China (Thai)', kind: 'bank', botCode: '052', aliases: ['BOCT', 'BOC', 'Bank of China', 'Bank of China (Thai) Public Company Limited', 'ธนาคารแห่งประเทศจีน', 'ธนาคารแห่งประเทศจีน (ไทย) จำกัด (มหาชน)'] },
  { id: 'MEGA', name: 'Mega ICBC', kind: 'bank', botCode: '026', aliases: ['MEGA', 'Mega ICBC', 'Mega International Commercial Bank', 'เมกะ สากลพาณิชย์', 'ธนาคารเมกะ สากลพาณิชย์ จำกัด (มหาชน)'] },
  { id: 'SMBC', name: 'Sumitomo Mitsui Banking Corporation', kind: 'bank', botCode: '018', aliases: ['SMBC', 'Sumitomo Mitsui', 'Sumitomo Mitsui Banking Corporation', 'ซูมิโตโม มิตซุย แบงกิ้ง คอร์ปอเรชั่น', 'ธนาคารซูมิโตโม มิตซุย แบงกิ้ง คอร์ปอเรชั่น'] },
  { id: 'MIZUHO', name: 'Mizuho Bank', kind: 'bank', botCode: '039', aliases: ['MIZUHO', 'MHCB', 'Mizuho', 'Mizuho Bank', 'มิซูโฮ', 'ธนาคารมิซูโฮ จำกัด'] },
  { id: 'JPMC', name: 'JPMorgan Chase', kind: 'bank', botCode: '008', aliases: ['JPMC', 'JPMorgan', 'JPMorgan Chase', 'JPMorgan Chase Bank', 'เจพีมอร์แกน เชส', 'ธนาคารเจพีมอร์แกน เชส'] },
  { id: 'BOFA', name: 'Bank of America', kind: 'bank', botCode: '027', aliases: ['BOFA', 'Bank of America', 'Bank of America National Association', 'ธนาคารแห่งอเมริกา', 'ธนาคารแห่งอเมริกา เนชั่นแนล แอสโซซิเอชั่น'] },
  { id: 'DB', name: 'Deutsche Bank', kind: 'bank', botCode: '032', aliases: ['DB', 'Deutsche Bank', 'Deutsche', 'ดอยซ์แบงก์', 'ธนาคารดอยซ์แบงก์'] },
  { id: 'BNPP', name: 'BNP Paribas', kind: 'bank', botCode: '045', aliases: ['BNPP', 'BNP', 'BNP Paribas', 'บีเอ็นพี พารีบาส์', 'ธนาคารบีเอ็นพี พารีบาส์'] },
  { id: 'EXIM', name: 'EXIM Thailand', kind: 'bank', botCode: '035', aliases: ['EXIM', 'EXIM Thailand', 'EXIM Bank', 'Export-Import Bank of Thailand', 'ธสน', 'ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย'] },
  { id: 'SMED', name: 'SME D Bank', kind: 'bank', botCode: '098', aliases: ['SMED', 'SME D Bank', 'SME Bank', 'SME Development Bank', 'ธพว', 'ธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย'] },
];
