import { describe, expect, it } from 'vitest';
import { multipartBoundary, parseMultipart } from './multipart.ts';

describe('multipart', () => {
  it('parses what undici FormData produces (payload_json + binary file)', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0x0d, 0x0a, 0xff]);
    const form = new FormData();
    form.append('files[0]', new Blob([png], { type: 'image/png' }), 'sơ đồ "1".png');
    form.append('payload_json', JSON.stringify({ content: 'xin chào' }));
    const req = new Request('http://x/', { method: 'POST', body: form });
    const boundary = multipartBoundary(req.headers.get('content-type') ?? undefined);
    expect(boundary).toBeDefined();
    const parts = parseMultipart(Buffer.from(await req.arrayBuffer()), boundary ?? '');
    expect(parts).toHaveLength(2);
    expect(parts[0]?.name).toBe('files[0]');
    expect(parts[0]?.filename).toBe('sơ đồ "1".png');
    expect(parts[0]?.contentType).toBe('image/png');
    expect(parts[0]?.data.equals(png)).toBe(true);
    expect(parts[1]?.name).toBe('payload_json');
    expect(JSON.parse(parts[1]?.data.toString('utf8') ?? '')).toEqual({ content: 'xin chào' });
  });

  it('rejects a body without the boundary', () => {
    expect(() => parseMultipart(Buffer.from('nothing'), 'abc')).toThrow();
  });

  it('reads the boundary from a Content-Type', () => {
    expect(multipartBoundary('multipart/form-data; boundary=----abc')).toBe('----abc');
    expect(multipartBoundary('multipart/form-data; boundary="q q"')).toBe('q q');
    expect(multipartBoundary('application/json')).toBeUndefined();
  });
});
