import { describe, expect, it } from 'vitest';
import { subscriptionInput } from '../../../functions/src/data-sharing/subscription-input.js';
import { AppError } from '../../../functions/src/platform/errors.js';
import { parseInput } from '../../../functions/src/platform/validation.js';

/** What subscribing to change events names, checked before anything else (issue 15, item 5). */
describe('subscription input', () => {
  const fieldsOf = (body: unknown) => {
    try {
      parseInput(subscriptionInput, body);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      return ((error as AppError).details as { fields: { field: string; message: string }[] }).fields;
    }
    throw new Error('accepted');
  };

  it.each(['', 'not a url', 'https://'])('names webhookUrl when it is no URL (%j), as a 400', (webhookUrl) => {
    expect(fieldsOf({ resourceId: '440104-SK-D003', webhookUrl })).toEqual([
      { field: 'webhookUrl', message: expect.stringMatching(/URL/) },
    ]);
  });

  it.each(['ftp://files.example.gov.cn/hook', 'https://user:pass@hooks.example.gov.cn/x'])(
    'refuses %s',
    (webhookUrl) => {
      expect(fieldsOf({ resourceId: '440104-SK-D003', webhookUrl })).toEqual([
        { field: 'webhookUrl', message: 'must be an https URL without credentials' },
      ]);
    },
  );

  it('names a malformed resource and accepts a well-formed subscription', () => {
    expect(fieldsOf({ resourceId: 'buildings', webhookUrl: 'https://hooks.example.gov.cn/x' })).toEqual([
      { field: 'resourceId', message: expect.stringMatching(/identifier/) },
    ]);
    expect(
      parseInput(subscriptionInput, { resourceId: '440104-SK-D003', webhookUrl: ' https://h.example/x ' }),
    ).toEqual({ resourceId: '440104-SK-D003', kind: 'webhook', webhookUrl: 'https://h.example/x' });
    // A queue subscription names no webhook; a webhook subscription must.
    expect(parseInput(subscriptionInput, { resourceId: '440104-SK-D003', kind: 'queue' })).toEqual({
      resourceId: '440104-SK-D003',
      kind: 'queue',
    });
    expect(fieldsOf({ resourceId: '440104-SK-D003', kind: 'queue', webhookUrl: 'https://h.example/x' })).toEqual([
      { field: 'webhookUrl', message: 'must be left out for a queue subscription' },
    ]);
    expect(fieldsOf({ resourceId: '440104-SK-D003' })).toEqual([
      { field: 'webhookUrl', message: 'is required for a webhook subscription' },
    ]);
  });
});
