import { Logger } from '@nestjs/common';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReplicaLink } from '../src/db/replicas/replica-link.js';
import { createTestDatabase } from './test-app.js';

/**
 * A TCP relay to a real PostgreSQL that can stop answering new connections (it accepts them and sends nothing:
 * a probe's connection times out) or refuse them (closed).
 */
class Relay {
  stalled = false;
  private readonly sockets = new Set<net.Socket>();
  private readonly server: net.Server;

  constructor(private readonly target: { host: string; port: number }) {
    this.server = net.createServer((client) => {
      this.accept(client);
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as net.AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) =>
      this.server.close(() => {
        resolve();
      }),
    );
  }

  private accept(client: net.Socket): void {
    this.track(client);
    if (this.stalled) return;
    const upstream = this.track(net.connect(this.target));
    client.pipe(upstream).pipe(client);
  }

  private track(socket: net.Socket): net.Socket {
    this.sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.sockets.delete(socket));
    return socket;
  }
}

describe('a replica’s probe', () => {
  let relay: Relay;
  let link: ReplicaLink;
  const probe = () => link.probe(() => 0);

  beforeAll(async () => {
    const url = new URL(await createTestDatabase());
    relay = new Relay({ host: url.hostname, port: Number(url.port || 5432) });
    url.port = String(await relay.listen());
    link = new ReplicaLink(0, url.toString(), new Logger('replica-probe.test'));
  });
  afterAll(async () => {
    await link.close();
    await relay.close().catch(() => undefined);
  });

  it('forgives one probe that runs out of time, marks the replica down at the second, and up at the next answer', async () => {
    await probe();
    expect(link.reading).toMatchObject({ reachable: true, lagMs: 0 });

    relay.stalled = true;
    const started = Date.now();
    await probe();
    expect(Date.now() - started, 'the probe waited for its timeout').toBeGreaterThanOrEqual(1_800);
    expect(link.reading.reachable).toBe(true);
    await probe();
    expect(link.reading).toEqual({ reachable: false, lagMs: null, replayedVersion: null });
    // Down, a timeout is no longer forgiven.
    await probe();
    expect(link.reading.reachable).toBe(false);

    relay.stalled = false;
    await probe();
    expect(link.reading).toMatchObject({ reachable: true, lagMs: 0 });
  }, 20_000);

  it('marks a replica that refuses its connection down at once', async () => {
    await probe();
    expect(link.reading.reachable).toBe(true);
    await relay.close();
    await probe();
    expect(link.reading.reachable).toBe(false);
  });
});
