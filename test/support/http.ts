import { request } from 'node:http';

export type RawResponse = { readonly status: number; readonly headers: Record<string, string | string[] | undefined>; readonly body: string };

/**
 * A raw HTTP request over loopback. Used instead of fetch because fetch will not let a test
 * forge the Host header, send a path with `..` in it, or omit Origin on purpose.
 */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers, setHost: !options.headers?.['Host'] },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
