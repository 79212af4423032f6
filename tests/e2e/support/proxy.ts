// A recording dead-end HTTP proxy on 127.0.0.1. Pointing a browser's proxy settings at it catches
// every request that would leave the machine, from any context of the browser (pages, the
// extension's background, the browser itself): plain HTTP arrives as an absolute URL, HTTPS and
// WebSocket as CONNECT host:port. Nothing is forwarded; every request is refused.
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** What was asked for: absolute URLs for HTTP, 'CONNECT host:port' for tunnels. */
  requests: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(403, { 'content-type': 'text/plain' }).end('Blocked by the e2e privacy proxy\n');
  });
  server.on('connect', (req, socket: Socket) => {
    requests.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no TCP address');
  return {
    port: address.port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Firefox preferences that send every connection but loopback through `port`, DNS included
 * (SOCKS-less HTTP proxy: hosts are resolved by the proxy, so no lookup leaves Firefox either).
 */
export function firefoxProxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    // Loopback (the sample server) stays direct.
    'network.proxy.allow_hijacking_localhost': false,
    // Firefox's own Remote Settings sync (blocklists, certificates) would go to Mozilla at start;
    // send it to a closed loopback port instead (honoured with MOZ_REMOTE_SETTINGS_DEVTOOLS=1).
    'services.settings.server': 'http://127.0.0.1:9/remote-settings-disabled/v1',
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
  };
}
