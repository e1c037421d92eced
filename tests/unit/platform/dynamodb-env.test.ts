import { describe, expect, it } from 'vitest';
import { javaEnvironment } from '../../../infra/local/dynamodb.js';

describe('the environment of DynamoDB Local', () => {
  it('leaves libfaketime out of the Java process and keeps everything else', () => {
    const env = javaEnvironment({
      PATH: '/usr/bin',
      JAVA_HOME: '/usr/lib/jvm/java-17',
      LD_PRELOAD: '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
      FAKETIME: '+400d',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    });
    expect(env).toEqual({ PATH: '/usr/bin', JAVA_HOME: '/usr/lib/jvm/java-17' });
  });
});
