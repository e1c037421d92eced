import { createDocument } from '../../../functions/src/official-documents/service.js';
import { signDocument } from '../../../functions/src/official-documents/signing.js';
import { takeStep } from '../../../functions/src/official-documents/steps.js';
import { getDocument, outgoingDocuments, putSigner } from '../../../functions/src/official-documents/store.js';
import type { CreateDocumentInput } from '../../../functions/src/official-documents/model.js';
import type { Principal } from '../../../functions/src/platform/principal.js';
import { findDemoUser } from '../identity/demo-users.js';

/**
 * Official documents of the local cloud. The signer settings are set on every start (they name demo users, as
 * the demo users themselves are there on every start): civil affairs' documents are signed by its bureau chief
 * (leader1); departments with none configured are signed by any of their heads. With the demo data on, three
 * documents of civil affairs go through the documents' own use cases: one signed and dispatched to market
 * supervision (which has it to register), one waiting for the head's review, one draft.
 *
 * Idempotent: a department with outgoing documents already is left alone.
 */

export const demoSigners: Readonly<Record<string, string>> = { 'civil-affairs': 'leader1' };

export async function seedOfficialDocumentSigners(): Promise<void> {
  for (const [department, signer] of Object.entries(demoSigners)) await putSigner(department, signer);
}

function principalOf(username: string): Principal {
  const user = findDemoUser(username);
  if (!user) throw new Error(`no demo user ${username}`);
  return {
    sub: user.sub,
    username: user.username,
    roles: user.roles,
    ...(user.department ? { department: user.department } : {}),
  };
}

const drafts: readonly CreateDocumentInput[] = [
  {
    title: '关于做好2026年度困难群众冬季生活保障工作的通知',
    type: 'notice',
    urgency: 'urgent',
    security: 'public',
    mainRecipients: ['market-supervision', 'street-office'],
    copyRecipients: ['health'],
    body: '各有关单位：\n为切实保障困难群众冬季基本生活，现就有关事项通知如下：一、摸清底数，做到应保尽保；二、及时足额发放救助资金；三、做好走访慰问工作。\n请各单位高度重视，认真抓好落实。',
  },
  {
    title: '关于申请增设婚姻登记周末服务窗口的请示',
    type: 'request',
    urgency: 'normal',
    security: 'internal',
    mainRecipients: ['street-office'],
    copyRecipients: [],
    body: '为方便群众办理婚姻登记，拟在每周六上午增设服务窗口一个，所需人员由局内统筹调配。妥否，请批示。',
  },
  {
    title: '关于开展养老服务机构安全隐患排查的函',
    type: 'letter',
    urgency: 'normal',
    security: 'public',
    mainRecipients: ['urban-management'],
    copyRecipients: ['market-supervision'],
    body: '为切实加强养老服务机构安全管理，我局拟于下月开展消防和食品安全隐患联合排查，请贵局派员参加。',
  },
];

/** The demo documents; returns how many it wrote. */
export async function seedDemoOfficialDocuments(): Promise<number> {
  if ((await outgoingDocuments('civil-affairs', 1)).length > 0) return 0;
  const officer = principalOf('officer1');
  const head = principalOf('head1');
  const signer = principalOf(demoSigners['civil-affairs'] as string);
  const [signed, inReview, draft] = drafts as [CreateDocumentInput, CreateDocumentInput, CreateDocumentInput];

  const first = await createDocument(officer, signed);
  const submitted = await takeStep(officer, first, undefined, { action: 'submit', version: 1 });
  const reviewed = await takeStep(head, submitted, undefined, {
    action: 'review',
    decision: 'approve',
    opinion: '同意，请领导签发。',
  });
  await signDocument(signer, reviewed, { decision: 'sign', opinion: '同意印发。' });

  const second = await createDocument(officer, inReview);
  await takeStep(officer, second, undefined, { action: 'submit', version: 1 });

  await createDocument(officer, draft);
  return (await getDocument(first.documentId)) ? 3 : 0;
}
