import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does to the next connections (and to the open ones, which it cuts when the fault changes).
 * - none: passes bytes both ways
 * - kill: stops listening (connections refused), as a killed process
 * - stall: accepts and reads, never answers, as a process under SIGSTOP
 * - slow: passes, but holds every answer for `slowMs` (set it above the gateway's timeout)
 * - unavailable: answers 503 with `Retry-After: 1`; throttled: 429 with `Retry-After: 1`
 * - malformed: answers 200 with truncated JSON
 * - slowloris: sends the headers, then one byte of body every 200 ms, never finishing
 * - huge: answers 200 with a 50 MB JSON body (valid JSON, no data), as fast as the reader takes it
 */
export type Fault =
  'none' | 'kill' | 'stall' | 'slow' | 'unavailable' | 'throttled' | 'malformed' | 'slowloris' | 'huge';

/** The `huge` answer's size: well past anything a member legitimately answers. */
export const HUGE_ANSWER_BYTES = 50 * 1024 * 1024;
const padding = Buffer.alloc(1024 * 1024, 'x');
const hugeHead = '{"data":null,"extensions":{"padding":"';
const hugeTail = '"}}';

const canned = {
  unavailable: 'HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
  throttled: 'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
  malformed:
    'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 21\r\nConnection: close\r\n\r\n' +
    '{"data":{"_entities":',
};

/**
 * A loopback TCP proxy in front of one subgraph, for the chaos bench: all traffic stays on 127.0.0.1, and a
 * fault is switched on and off without touching the process behind it. Written by hand: the faults are a
 * few lines each, and toxiproxy would be a separate binary to install.
 */
export class FaultProxy {
  private server: Server;
  private readonly open = new Set<Socket>();
  private fault: Fault = 'none';
  port = 0;

  constructor(
    private targetPort: number | undefined = undefined,
    private readonly slowMs = 1500,
  ) {
    this.server = this.create();
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  /** Client and upstream sockets open now. */
  get connections(): number {
    return this.open.size;
  }

  /** Where to forward (set after the subgraph behind it got its port). */
  target(port: number): void {
    this.targetPort = port;
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this.port;
  }

  async set(fault: Fault): Promise<void> {
    if (fault === this.fault) return;
    const wasKilled = this.fault === 'kill';
    this.fault = fault;
    for (const socket of this.open) socket.destroy();
    this.open.clear();
    if (fault === 'kill') await new Promise<void>((resolve) => this.server.close(() => resolve()));
    else if (wasKilled) {
      this.server = this.create();
      await this.listen();
    }
  }

  async close(): Promise<void> {
    for (const socket of this.open) socket.destroy();
    if (this.fault !== 'kill') await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private create(): Server {
    return createServer((client) => this.accept(client));
  }

  private accept(client: Socket): void {
    this.open.add(client);
    client.on('close', () => this.open.delete(client));
    client.on('error', () => client.destroy());
    const fault = this.fault;
    if (fault === 'stall') return void client.resume();
    if (fault === 'unavailable' || fault === 'throttled' || fault === 'malformed') {
      return void client.once('data', () => client.end(canned[fault]));
    }
    if (fault === 'slowloris') {
      return void client.once('data', () => {
        client.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{');
        const drip = setInterval(() => (client.writable ? client.write(' ') : clearInterval(drip)), 200);
        client.on('close', () => clearInterval(drip));
      });
    }
    if (fault === 'huge') return void client.once('data', () => void sendHuge(client));
    if (this.targetPort === undefined) return void client.destroy();
    const upstream = connect(this.targetPort, '127.0.0.1');
    this.open.add(upstream);
    upstream.on('close', () => {
      this.open.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream);
    if (fault === 'slow') {
      upstream.on('data', (chunk: Buffer) => {
        setTimeout(() => client.writable && client.write(chunk), this.slowMs);
      });
    } else upstream.pipe(client);
  }
}

/** Writes the 50 MB answer in 1 MB pieces, waiting for the reader between them (memory stays small here). */
async function sendHuge(client: Socket): Promise<void> {
  const body = HUGE_ANSWER_BYTES - hugeHead.length - hugeTail.length;
  client.write(
    `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${HUGE_ANSWER_BYTES}\r\nConnection: close\r\n\r\n`,
  );
  client.write(hugeHead);
  for (let left = body; left > 0 && client.writable; left -= padding.length) {
    const piece = left >= padding.length ? padding : padding.subarray(0, left);
    if (!client.write(piece)) await drained(client);
  }
  if (client.writable) client.end(hugeTail);
}

/** Resolves when the socket can take more, or is gone; leaves no listener behind. */
function drained(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      socket.off('drain', done);
      socket.off('close', done);
      resolve();
    };
    socket.on('drain', done);
    socket.on('close', done);
  });
}
