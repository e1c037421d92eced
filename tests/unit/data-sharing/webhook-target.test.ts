import { describe, expect, it } from 'vitest';
import {
  pinDeliverable,
  isPrivateAddress,
  webhookUrlProblem,
  WebhookTargetRefused,
} from '../../../functions/src/data-sharing/events/webhook-target.js';
import { parseConfig } from '../../../functions/src/platform/config.js';

/** The server-side request forgery guard of subscription webhooks (issue 15, item 5). */
describe('private addresses', () => {
  it.each([
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '127.0.0.1',
    '0.0.0.0',
    '100.64.0.1',
    '::1',
    '::',
    'fc00::1',
    'fd00:ec2::254',
    'fe80::1',
    '::ffff:10.0.0.1',
    '::FFFF:169.254.169.254',
  ])('%s is private', (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(['8.8.8.8', '172.32.0.1', '172.15.255.255', '192.169.0.1', '2001:db8::1', '::ffff:8.8.8.8', 'example.com'])(
    '%s is not',
    (address) => expect(isPrivateAddress(address)).toBe(false),
  );
});

describe('a webhook URL when subscribing', () => {
  it('accepts https on a public host', () => {
    expect(webhookUrlProblem('https://system.example.gov.cn/hooks', [])).toBeUndefined();
    expect(webhookUrlProblem('https://203.0.113.7:8443/hooks', [])).toBeUndefined();
  });

  it('refuses plain http unless its host is allowed', () => {
    expect(webhookUrlProblem('http://system.example.gov.cn/hooks', [])).toMatch(/https/);
    expect(webhookUrlProblem('http://system.example.gov.cn/hooks', ['system.example.gov.cn'])).toBeUndefined();
  });

  it.each([
    'https://169.254.169.254/latest/meta-data/',
    'https://10.0.0.5/hook',
    'https://172.20.1.1/hook',
    'https://192.168.0.10/hook',
    'https://[::1]/hook',
    'https://[fd12:3456::1]/hook',
    'https://[::ffff:a9fe:a9fe]/hook',
    'https://localhost/hook',
    'https://api.localhost/hook',
  ])('refuses %s', (url) => expect(webhookUrlProblem(url, [])).toMatch(/private/));

  it('accepts a private or loopback host the operator allowed, by name or literal', () => {
    const allowed = ['localhost', '127.0.0.1', '::1'];
    expect(webhookUrlProblem('http://localhost:4000/hook', allowed)).toBeUndefined();
    expect(webhookUrlProblem('http://127.0.0.1:4000/hook', allowed)).toBeUndefined();
    expect(webhookUrlProblem('http://[::1]:4000/hook', allowed)).toBeUndefined();
    expect(webhookUrlProblem('http://127.0.0.2:4000/hook', allowed)).toMatch(/https/);
    expect(webhookUrlProblem('https://10.0.0.1/hook', allowed)).toMatch(/private/);
  });
});

describe('before a delivery', () => {
  const resolver = (table: Record<string, string[]>) => async (host: string) => table[host] ?? [];

  it('refuses a public name that resolves to a private address', async () => {
    const resolve = resolver({ 'hooks.example.com': ['203.0.113.9', '169.254.169.254'] });
    await expect(pinDeliverable('https://hooks.example.com/x', [], resolve)).rejects.toThrow(
      /hooks.example.com resolves to 169.254.169.254/,
    );
    await expect(pinDeliverable('https://hooks.example.com/x', [], resolve)).rejects.toBeInstanceOf(
      WebhookTargetRefused,
    );
  });

  it('refuses a URL that is not allowed any more, without resolving it', async () => {
    let asked = false;
    const resolve = async () => {
      asked = true;
      return ['203.0.113.9'];
    };
    await expect(pinDeliverable('http://127.0.0.1:4000/hook', [], resolve)).rejects.toThrow(/https/);
    expect(asked).toBe(false);
  });

  it('pins a name resolving to public addresses only, an allowed host, and an IP literal', async () => {
    const resolve = resolver({ 'hooks.example.com': ['203.0.113.9', '2001:db8::9'], localhost: ['127.0.0.1'] });
    await expect(pinDeliverable('https://hooks.example.com/x', [], resolve)).resolves.toEqual({
      url: 'https://hooks.example.com/x',
      address: '203.0.113.9',
      family: 4,
    });
    await expect(pinDeliverable('http://localhost:4000/x', ['localhost'], resolve)).resolves.toMatchObject({
      address: '127.0.0.1',
    });
    await expect(pinDeliverable('https://[2001:db8::9]/x', [], resolve)).resolves.toMatchObject({
      address: '2001:db8::9',
      family: 6,
    });
  });
});

describe('WEBHOOK_ALLOWED_HOSTS', () => {
  const base = {
    STAGE: 'dev',
    AWS_REGION: 'ap-east-1',
    PUBLIC_ORIGIN: 'https://yuexiu.example',
    NOTIFIER: 'outbox',
    MALWARE_SCAN: 'local',
  };

  it('is empty unless set, and read as lower-case hosts without brackets', () => {
    expect(parseConfig(base).WEBHOOK_ALLOWED_HOSTS).toEqual([]);
    expect(
      parseConfig({ ...base, WEBHOOK_ALLOWED_HOSTS: ' LocalHost, 127.0.0.1 ,[::1],' }).WEBHOOK_ALLOWED_HOSTS,
    ).toEqual(['localhost', '127.0.0.1', '::1']);
  });

  it('refuses what is not a list of hosts, naming the variable', () => {
    expect(() => parseConfig({ ...base, WEBHOOK_ALLOWED_HOSTS: 'https://evil.example/x' })).toThrow(
      /WEBHOOK_ALLOWED_HOSTS/,
    );
  });
});
