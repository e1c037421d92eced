import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthesizeDataStack } from './synth.js';
import { applicationEnvironment } from '../../infra/lib/access-grants.js';
import type { DataStack } from '../../infra/lib/data-stack.js';
import { routeGroupAccess } from '../../functions/src/route-group-access.js';

/**
 * The e-certificate signing key (issue 16): an asymmetric P-256 key in KMS, on the data stack alone. cdk-nag
 * runs in the synth (any unacknowledged finding fails it), so the key's rotation acknowledgement is checked too.
 */
let stack: DataStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthesizeDataStack('certkey'));
}, 120_000);

describe('the e-certificate signing key', () => {
  it('is an ECC_NIST_P256 key for SIGN_VERIFY (ES256), so the private key never leaves KMS', () => {
    template.hasResourceProperties('AWS::KMS::Key', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
  });

  it('is named to the functions that sign, publish or verify (case filing checks a reused certificate), and only to them', () => {
    const keyArn = stack.resolve(stack.certificateSigningKey.keyArn);
    const env = (access: object) =>
      stack.resolve(
        applicationEnvironment(
          stack,
          { stage: 'dev', publicOrigin: 'https://x.example', isProduction: false },
          stack,
          access,
        ),
      );
    expect(env(routeGroupAccess['certificate-keys'])).toMatchObject({
      CERT_SIGNER: 'kms',
      CERT_SIGNING_KMS_KEY_IDS: keyArn,
    });
    expect(env(routeGroupAccess.cases)).toMatchObject({ CERT_SIGNER: 'kms', CERT_SIGNING_KMS_KEY_IDS: keyArn });
    expect(env(routeGroupAccess.workitems).CERT_SIGNER).toBeUndefined();
  });
});
