import { createServer } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ConnectProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * An HTTP proxy on a free loopback port that tunnels CONNECT requests for
 * `hosts` (port 443) to the fake on `targetPort`, and refuses everything
 * else: how Firefox, whose host names cannot be mapped by a flag as in
 * Chromium, reaches the fake sites and nothing real.
 */
export async function startConnectProxy(targetPort: number, hosts: readonly string[]): Promise<ConnectProxy> {
  const tunnels = new Set<Socket>();
  const server = createServer((_request, response) => {
    response.writeHead(403).end();
  });
  server.on('connect', (request, client: Socket, head: Buffer) => {
    const [host, port] = (request.url ?? '').split(':');
    if (!host || !hosts.includes(host) || port !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      tunnels.add(socket);
      socket.on('close', () => tunnels.delete(socket));
    }
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    port: (server.address() as AddressInfo).port,
    close() {
      for (const socket of tunnels) socket.destroy();
      server.closeAllConnections();
      return new Promise((closed) => server.close(() => closed()));
    },
  };
}
