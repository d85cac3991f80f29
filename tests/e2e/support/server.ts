import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** One local HTTP server for every test site: it routes on the Host header and logs requests. */
export class SiteServer {
  readonly requests: { host: string; path: string }[] = [];
  private readonly routes = new Map<string, Route>();
  private server: Server | undefined;

  route(host: string, path: string, handler: Route): this {
    this.routes.set(`${host}${path}`, handler);
    return this;
  }

  /** Serves `html` at http://host/path with the given status and headers. */
  page(host: string, path: string, html: string | Buffer, headers: Record<string, string> = {}, status = 200): this {
    return this.route(host, path, (_, response) => {
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
      response.end(html);
    });
  }

  redirect(host: string, path: string, location: string, status = 301): this {
    return this.route(host, path, (_, response) => {
      response.writeHead(status, { location, 'cache-control': 'no-store' });
      response.end();
    });
  }

  countFor(host: string): number {
    return this.requests.filter((request) => request.host === host).length;
  }

  async listen(port: number): Promise<number> {
    this.server = createServer((request, response) => {
      const host = (request.headers.host ?? '').replace(/:\d+$/, '');
      const path = request.url ?? '/';
      this.requests.push({ host, path });
      const handler = this.routes.get(`${host}${path}`) ?? this.routes.get(`${host}${path.replace(/\?.*$/, '')}`);
      if (handler) return handler(request, response);
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(port, '127.0.0.1', resolve);
    });
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
