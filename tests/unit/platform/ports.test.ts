import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { assertPortFree, freePort, listen, PortTakenError } from '../../../infra/local/ports.js';

describe('local cloud ports', () => {
  it('names the port and what wanted it when the port is taken', async () => {
    const blocker = net.createServer();
    const port = await listen(blocker, 0, 'blocker');
    try {
      await expect(assertPortFree(port, 'portal (PORT)')).rejects.toThrow(PortTakenError);
      await expect(assertPortFree(port, 'portal (PORT)')).rejects.toThrow(
        `Port ${port} (portal (PORT)) is already in use`,
      );
      await expect(listen(net.createServer(), port, 'local API gateway')).rejects.toThrow(/local API gateway/);
    } finally {
      blocker.close();
    }
  });

  it('finds a free port that can then be bound', async () => {
    const port = await freePort();
    await expect(assertPortFree(port, 'anything')).resolves.toBeUndefined();
  });
});
