/**
 * A stand-in for the carriers' web sites on 127.0.0.1: each path answers what the test put
 * in `routes` (a page, a PDF, a status, a redirect, or nothing at all), and every request is
 * logged so a test can tell what was fetched and with which User-Agent.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route =
  | { body: string | Uint8Array; type?: string; status?: number }
  | { redirect: string; status?: number }
  /** Never answers: for timeouts. */
  | { hang: true }
  /** Answers each request with the next route in the list (the last one repeats): for retries. */
  | { sequence: Route[] };

export interface SourceServer {
  origin: string;
  routes: Map<string, Route>;
  /** Every request, with when it arrived and when its answer was sent (ms since the epoch). */
  requests: { path: string; userAgent: string; start: number; end?: number }[];
  close: () => Promise<void>;
}

export async function startSourceServer(routes: Record<string, Route> = {}): Promise<SourceServer> {
  const table = new Map(Object.entries(routes));
  const requests: SourceServer['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = req.url ?? '/';
    const entry: SourceServer['requests'][number] = {
      path,
      userAgent: req.headers['user-agent'] ?? '',
      start: Date.now(),
    };
    requests.push(entry);
    res.on('finish', () => (entry.end = Date.now()));
    let route = table.get(path);
    if (route && 'sequence' in route) route = route.sequence.length > 1 ? route.sequence.shift() : route.sequence[0];
    if (!route || 'sequence' in route)
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if ('hang' in route) return; // the socket stays open until the client gives up
    if ('redirect' in route) return void res.writeHead(route.status ?? 301, { location: route.redirect }).end();
    res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8' }).end(route.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    routes: table,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A one-page PDF showing `lines` in Helvetica (ASCII), with a correct cross-reference table. */
export function makePdf(lines: string[]): Uint8Array {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 12 Tf 72 720 Td 16 TL ${lines.map((l) => `(${escape(l)}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
