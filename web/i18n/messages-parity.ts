// Compile-time proof that both message files have the same keys: a missing or extra key fails typecheck.
import type en from '../messages/en.json';
import type zhCN from '../messages/zh-CN.json';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const messagesHaveSameKeys: Same<typeof en, typeof zhCN> = true;
