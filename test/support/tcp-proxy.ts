import { type AddressInfo, createServer, type Server, Socket } from 'node:net'

/**
 * A TCP relay in front of the shared PostgreSQL server that a test can cut and restore: an outage of
 * the database as the app sees it (connections reset, new ones refused) without touching the server
 * other suites use.
 */
export class TcpProxy {
  readonly #server: Server
  readonly #pairs = new Set<[Socket, Socket]>()
  #cut = false

  private constructor(
    server: Server,
    private readonly target: { host: string; port: number },
  ) {
    this.#server = server
  }

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    let proxy: TcpProxy | undefined
    const server = createServer((client) => proxy!.#accept(client))
    proxy = new TcpProxy(server, target)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return proxy
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port
  }

  /** Resets every relayed connection and refuses new ones, until `restore()`. */
  cut(): void {
    this.#cut = true
    for (const [client, upstream] of this.#pairs) {
      client.destroy()
      upstream.destroy()
    }
    this.#pairs.clear()
  }

  restore(): void {
    this.#cut = false
  }

  async close(): Promise<void> {
    this.cut()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }

  #accept(client: Socket): void {
    if (this.#cut) {
      client.destroy()
      return
    }
    const upstream = new Socket()
    const pair: [Socket, Socket] = [client, upstream]
    this.#pairs.add(pair)
    const end = () => {
      this.#pairs.delete(pair)
      client.destroy()
      upstream.destroy()
    }
    client.on('error', end).on('close', end)
    upstream.on('error', end).on('close', end)
    upstream.connect(this.target.port, this.target.host, () => {
      client.pipe(upstream)
      upstream.pipe(client)
    })
  }
}
