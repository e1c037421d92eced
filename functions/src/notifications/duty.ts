/**
 * A department's duty mailbox, where deadline warnings and escalations go (staff accounts carry no contact
 * details): the officers' desk, or the head's. An office's address, not personal data (recipient 'office').
 */
export const dutyMailbox = (department: string, role: 'officer' | 'head') => `${role}s.${department}@duty.yuexiu.local`;
