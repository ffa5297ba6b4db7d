// Raw HTTP for the browser host's tests: Node's own client, so a test can send the Host, Origin and Cookie
// headers a browser would not let a page forge, and any method (OPTIONS, DELETE …).

import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RequestOptions {
  method?: string;
  /** Sent as given; Host defaults to 127.0.0.1:<port>, as a browser at the printed address sends it. */
  headers?: Record<string, string>;
  body?: string;
  /** Answer as soon as the status and headers arrive, then hang up: for the never-ending event stream. */
  headersOnly?: boolean;
  /** Connect here instead of 127.0.0.1 (to knock on another of the machine's addresses). */
  connectTo?: string;
}

export function send(port: number, path: string, options: RequestOptions = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: options.connectTo ?? '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        if (options.headersOnly) {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' });
          req.destroy();
          return;
        }
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The Access-Control-* headers of an answer: a host that never answers CORS has none, on any response. */
export function corsHeaders(answer: Answer): string[] {
  return Object.keys(answer.headers).filter((name) => name.toLowerCase().startsWith('access-control-'));
}
