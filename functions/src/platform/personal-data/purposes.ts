/**
 * What each personal-data key protects. The purpose is the KMS encryption context `{ purpose }` of every
 * data key (and the AAD of the local key service's wrapping), so IAM grants a function exactly the
 * purposes it declares (functions/src/route-group-access.ts, functions/src/workflow-tasks.ts).
 */
export const dataKeyPurposes = {
  profilePhone: 'profile.phone',
  profileIdNumber: 'profile.id-number',
  caseAnswers: 'case.answers',
  formDraft: 'form.draft',
  /** The personal fields of a person in the base registry (registries/records.ts), sealed as one value. */
  registryPerson: 'registry.person',
  /** A letter writer's name and phone, sealed as one value (letters/service.ts). */
  letterWriter: 'letter.writer',
  /** A case's printed lookup code (查询码), sealed so the receipt can print it again (cases/lookup-code.ts). */
  caseLookupCode: 'case.lookup-code',
  /** A person's address in the notifications outbox, sealed for a later delivery (notifications/service.ts). */
  notificationRecipient: 'notification.recipient',
  /** A data sharing subscription's webhook signing secret (data-sharing/subscriptions.ts), opened to sign. */
  subscriptionSecret: 'data.subscription-secret',
} as const;

export type DataKeyPurpose = (typeof dataKeyPurposes)[keyof typeof dataKeyPurposes];

/** Purposes of blind indexes (HMAC; KMS GenerateMac takes no encryption context, the purpose is MACed). */
export const blindIndexPurposes = {
  residentId: 'resident-id',
  caseLookup: 'case-lookup',
  /** A registry row's content, so an import of the same content writes nothing (registries/records.ts). */
  registryRow: 'registry-row',
  /** A person's name at one building: near-duplicates in the person registry. */
  registryDuplicate: 'registry-duplicate',
  /** An anonymous letter's query code, which finds the letter (letters/credentials.ts). */
  letterQueryCode: 'letter-query-code',
} as const;
