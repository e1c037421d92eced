/**
 * A department's duty mailbox, where deadline warnings and escalations go (staff accounts carry no contact
 * details): the officers' desk, or the head's; the command center's dispatchers (unit `district`) and a street's
 * inspectors (unit: the street) for city events. An office's address, not personal data (recipient 'office').
 */
export const dutyMailbox = (department: string, role: 'officer' | 'head' | 'dispatcher' | 'inspector') =>
  `${role}s.${department}@duty.yuexiu.local`;
