import net, { type AddressInfo } from 'node:net';

/**
 * A TCP proxy in front of a server, that can cut the line (close every connection and drop new
 * ones at once, as when the database goes away) and restore it. Used to take Neo4j "down" for
 * one test without stopping the Neo4j other tests share.
 */
export class TcpProxy {
  readonly #sockets = new Set<net.Socket>();
  #cut = false;

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    let proxy: TcpProxy | undefined;
    const server = net.createServer((client) => proxy?.connect(client, target));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new TcpProxy(server, (server.address() as AddressInfo).port);
    return proxy;
  }

  private connect(client: net.Socket, target: { host: string; port: number }): void {
    if (this.#cut) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      this.#sockets.add(a);
      a.on('error', () => b.destroy());
      a.on('close', () => {
        this.#sockets.delete(a);
        b.destroy();
      });
      a.pipe(b);
    }
  }

  /** Neo4j "goes down": open connections break, new ones are closed as soon as they open. */
  cut(): void {
    this.#cut = true;
    for (const socket of this.#sockets) socket.destroy();
  }

  /** Neo4j is back. */
  restore(): void {
    this.#cut = false;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
