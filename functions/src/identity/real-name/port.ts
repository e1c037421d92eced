/**
 * The real-name verification port (实名核验): does this name belong to this resident ID number? An ID number
 * binds to an account only after a `verified` answer (issue 10 §2). Adapters: `provincial.ts` (the
 * provincial identity service, on AWS) and `local.ts` (the demo population of the local cloud); `index.ts`
 * chooses one from config, once.
 */
export interface RealNameClaim {
  /** The name as the person gave it (trimmed). */
  readonly name: string;
  /** An 18-character resident ID number, already validated and normalised (upper-case X). */
  readonly idNumber: string;
}

/**
 * `verified`: the name and ID number belong together. `mismatch`: the ID number exists with another name.
 * `unknown`: no such person. The two refusals are told apart only to the adapter's logs, never to the caller.
 */
export type RealNameVerdict = 'verified' | 'mismatch' | 'unknown';

export interface RealNameVerifier {
  /** The adapter's name, recorded with a binding (`local`, `provincial`). */
  readonly source: string;
  verify(claim: RealNameClaim): Promise<RealNameVerdict>;
}
