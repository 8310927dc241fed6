/** A small multipart/form-data parser: enough for discord.js uploads (`payload_json` + `files[n]`). */

export interface MultipartPart {
  /** The form field name (`payload_json`, `files[0]`, ...). */
  name: string;
  /** Present for file parts. */
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** The boundary of a `multipart/form-data` Content-Type, or undefined if it is not one. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data/i.test(contentType)) return undefined;
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2]?.trim();
}

function headerParam(header: string, key: string): string | undefined {
  // filename*=UTF-8''... (RFC 5987) wins over filename="..."
  if (key === 'filename') {
    const ext = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(header);
    if (ext?.[1]) return decodeURIComponent(ext[1].trim().replace(/^"|"$/g, ''));
  }
  const re = new RegExp(`(?:^|;)\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, 'i');
  const quoted = re.exec(header);
  if (quoted?.[1] !== undefined)
    return quoted[1]
      .replace(/\\(.)/g, '$1')
      .replace(/%22/g, '"')
      .replace(/%0A/gi, '\n')
      .replace(/%0D/gi, '\r');
  const bare = new RegExp(`(?:^|;)\\s*${key}=([^;]+)`, 'i').exec(header);
  return bare?.[1]?.trim();
}

/** Split a multipart body into parts. Throws on a malformed body. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new Error('multipart boundary not found');
  for (;;) {
    pos += delimiter.length;
    // "--" after a delimiter ends the body.
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break;
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0) throw new Error('multipart part without headers');
    const headers = body.toString('utf8', pos, headerEnd).split('\r\n');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) throw new Error('multipart part not terminated');
    const data = body.subarray(headerEnd + 4, next);
    let name = '';
    let filename: string | undefined;
    let contentType: string | undefined;
    for (const line of headers) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const key = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (key === 'content-disposition') {
        name = headerParam(value, 'name') ?? '';
        filename = headerParam(value, 'filename');
      } else if (key === 'content-type') {
        contentType = value;
      }
    }
    const part: MultipartPart = { name, data: Buffer.from(data) };
    if (filename !== undefined) part.filename = filename;
    if (contentType !== undefined) part.contentType = contentType;
    parts.push(part);
    pos = next + 2;
  }
  return parts;
}
