import { RemovalPolicy } from 'aws-cdk-lib';
import { physicalName } from '../../functions/src/deployment.js';

/** What differs between stages; every stack receives the same settings. */
export interface StageSettings {
  readonly stage: string;
  /** Origin of the portal, e.g. https://yuexiu.example.gov.cn (CORS, OAuth callbacks, links). */
  readonly publicOrigin: string;
  /** Production keeps data on stack deletion and protects it against deletion. */
  readonly isProduction: boolean;
  /** Reserved concurrency per function; undefined leaves functions on the account's shared pool. */
  readonly reservedConcurrency?: number;
  /**
   * Each API function reserves its route group's concurrency (functions/src/route-group-capacity.ts):
   * past it, requests are refused at once rather than queued. Default on in prod; context
   * `reserveApiConcurrency` sets it for any stage.
   */
  readonly reserveApiConcurrency?: boolean;
}

export function dataRemovalPolicy(settings: StageSettings): RemovalPolicy {
  return settings.isProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
}

/** `yuexiu-<stage>-<id>`: the same names the local cloud uses. */
export function nameOf(settings: StageSettings, id: string): string {
  return physicalName(settings.stage, id);
}
