import { api, eventually, tokenFor } from './api.js';
import { caseWhen, decideStep, fileOnlineCase, onlineItem } from './cases.js';

/** The item of `onlineItem` yields an e-certificate (高龄老人津贴资格证明) when approved. */
export const certificateItem = onlineItem;

/** Files a case for `user`, drives it to approval through the workflow, and returns its certificate. */
export async function issuedCertificate(user = 'citizen1'): Promise<{ caseId: string; certificate: any }> {
  const filed = await fileOnlineCase(user, certificateItem);
  const caseId = filed.body.caseId as string;
  await decideStep(caseId, 'officer1', 'accept', 'accept');
  await decideStep(caseId, 'officer1', 'review', 'approve');
  await decideStep(caseId, 'head1', 'decide', 'approved', '符合条件');
  await caseWhen(caseId, user, (c) => c.status === 'approved' || c.status === 'completed');
  const token = await tokenFor(user);
  const certificate = await eventually(async () => {
    const res = await api('GET', '/api/me/certificates', { token });
    return (res.body.items as { caseId: string }[] | undefined)?.find((c) => c.caseId === caseId);
  }, 20_000);
  return { caseId, certificate };
}
