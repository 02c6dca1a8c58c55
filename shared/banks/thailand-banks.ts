import type { BankEntry } from './bank-entry.js';

/** Banks and e-wallets in Thailand, with the names accountants write (English and Thai). */
export const thailandBanks: readonly BankEntry[] = [
  { id: 'KBANK', name: 'Kasikornbank', kind: 'bank', aliases: ['KBANK', 'KBank', 'Kasikorn', 'Kasikornbank', 'Kasikorn Bank', 'K Bank', 'กสิกร', 'กสิกรไทย', 'ธนาคารกสิกรไทย'] },
  { id: 'SCB', name: 'Siam Commercial Bank', kind: 'bank', aliases: ['SCB', 'Siam Commercial', 'Siam Commercial Bank', 'SCB X', 'ไทยพาณิชย์', 'ธนาคารไทยพาณิชย์'] },
  { id: 'BBL', name: 'Bangkok Bank', kind: 'bank', aliases: ['BBL', 'Bangkok Bank', 'BKK Bank', 'กรุงเทพ', 'ธนาคารกรุงเทพ'] },
  { id: 'KTB', name: 'Krungthai Bank', kind: 'bank', aliases: ['KTB', 'Krungthai', 'Krung Thai', 'Krungthai Bank', 'Krung Thai Bank', 'กรุงไทย', 'ธนาคารกรุงไทย'] },
  { id: 'BAY', name: 'Krungsri (Bank of Ayudhya)', kind: 'bank', aliases: ['BAY', 'Krungsri', 'Bank of Ayudhya', 'Krungsri Bank', 'กรุงศรี', 'กรุงศรีอยุธยา', 'ธนาคารกรุงศรีอยุธยา'] },
  { id: 'TTB', name: 'TMBThanachart (ttb)', kind: 'bank', aliases: ['TTB', 'ttb', 'TMBThanachart', 'TMB Thanachart', 'TMB', 'Thanachart', 'ทหารไทยธนชาต', 'ทีเอ็มบีธนชาต', 'ธนาคารทหารไทยธนชาต'] },
  { id: 'GSB', name: 'Government Savings Bank', kind: 'bank', aliases: ['GSB', 'Government Savings Bank', 'ออมสิน', 'ธนาคารออมสิน'] },
  { id: 'BAAC', name: 'BAAC', kind: 'bank', aliases: ['BAAC', 'Bank for Agriculture and Agricultural Cooperatives', 'ธ.ก.ส.', 'ธกส', 'ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร'] },
  { id: 'KKP', name: 'Kiatnakin Phatra Bank', kind: 'bank', aliases: ['KKP', 'Kiatnakin', 'Kiatnakin Phatra', 'เกียรตินาคิน', 'เกียรตินาคินภัทร', 'ธนาคารเกียรตินาคินภัทร'] },
  { id: 'CIMBT', name: 'CIMB Thai', kind: 'bank', aliases: ['CIMBT', 'CIMB', 'CIMB Thai', 'ซีไอเอ็มบี', 'ซีไอเอ็มบี ไทย', 'ธนาคารซีไอเอ็มบี ไทย'] },
  { id: 'UOBT', name: 'UOB Thailand', kind: 'bank', aliases: ['UOBT', 'UOB', 'UOB Thailand', 'ยูโอบี', 'ธนาคารยูโอบี'] },
  { id: 'TISCO', name: 'TISCO Bank', kind: 'bank', aliases: ['TISCO', 'TISCO Bank', 'ทิสโก้', 'ธนาคารทิสโก้'] },
  { id: 'LHB', name: 'LH Bank', kind: 'bank', aliases: ['LHB', 'LH Bank', 'LHBANK', 'Land and Houses Bank', 'แลนด์ แอนด์ เฮ้าส์', 'ธนาคารแลนด์ แอนด์ เฮ้าส์'] },
  { id: 'GHB', name: 'Government Housing Bank', kind: 'bank', aliases: ['GHB', 'Government Housing Bank', 'อาคารสงเคราะห์', 'ธอส', 'ธนาคารอาคารสงเคราะห์'] },
  { id: 'ICBCT', name: 'ICBC Thai', kind: 'bank', aliases: ['ICBCT', 'ICBC', 'ICBC Thai', 'ไอซีบีซี', 'ธนาคารไอซีบีซี (ไทย)'] },
  { id: 'TRUEMONEY', name: 'TrueMoney Wallet', kind: 'wallet', aliases: ['TrueMoney', 'True Money', 'TrueMoney Wallet', 'ทรูมันนี่', 'ทรูมันนี่ วอลเล็ท'] },
];
