import type { MalwareScanner } from './port.js';

/**
 * MALWARE_SCAN=local (the embedded local cloud has no malware scanner): every object passes this
 * port, so only the domain's file type and size checks apply. Documents record
 * `scan: 'type-and-size-only'` and `scanResult: 'NOT_SCANNED'` — no claim that a scan ran. The
 * configuration refuses this adapter when STAGE=prod.
 */
export function createTypeAndSizeOnlyScanner(): MalwareScanner {
  return {
    method: 'type-and-size-only',
    verdict: async () => ({ state: 'passed', result: 'NOT_SCANNED' }),
  };
}
