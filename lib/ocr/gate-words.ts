/**
 * Gate's own UI words that no contest needs to list: host knowledge, the same for every contest
 * (the contest JSON keeps the contest-specific signals). Pure data.
 *
 * The withdraw page is the deposit page's look-alike (coin picker, network chips, an address), and
 * no proof of anything: what gives it away is an address *field*, a fee and the amount received.
 * Spellings: Gate's app and web, zh-Hans, zh-Hant and en.
 */
import { fold } from './classify-fold';

/** Titles and tabs of the withdraw page (also a button on asset pages: never enough alone). */
export const WITHDRAW_TITLES = ['提现', '提現', '提币', '提幣', '链上提现', '鏈上提現', 'Withdraw', 'Withdrawal', 'On-chain Withdrawal'].map(fold);

/** What only a withdraw form shows. */
export const WITHDRAW_DISTINCTIVE = [
  '提现地址', '提現地址', '提币地址', '提幣地址', 'Withdrawal Address', 'Withdraw Address', 'Withdraw to',
  '手续费', '手續費', '网络手续费', '網絡手續費', 'Network Fee', 'Withdrawal Fee', 'Fee',
  '实际到账', '實際到賬', '實際到帳', '到账数量', '到賬數量', 'Receive Amount', 'Amount Received', 'You will receive', 'Receivable Amount',
  '申请提现', '申請提現', '确认提现', '確認提現', 'Confirm Withdrawal',
  '可提现', '可提現', '可用余额', '可用餘額', 'Available Balance', 'Available to withdraw',
  '最小提现', '最小提現', '最小提币数量', '最小提幣數量', 'Minimum Withdrawal', 'Min. Withdrawal',
  '提现限额', '提現限額', 'Withdrawal Limit',
].map(fold);
