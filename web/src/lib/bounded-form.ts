/**
 * The most a form's body may hold. Our forms carry a few short fields (a note is at most a few thousand
 * characters), so 64 KB is generous; the edge's 1 MB limit is for the API, and is far more than a form needs.
 */
export const maxFormBytes = 64 * 1024;

/** The encodings an HTML form is sent in. */
const formTypes = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/** A form's fields, or why they could not be read: its status and a sentence for the person who sent it. */
export type FormRead = { ok: true; form: FormData } | { ok: false; status: 400 | 413 | 415; message: string };

const notAForm: FormRead = {
  ok: false,
  status: 415,
  message: 'This request was not sent as a form, so nothing was changed. Go back and try again from the page.',
};
const tooLarge: FormRead = {
  ok: false,
  status: 413,
  message: `This form holds more than ${maxFormBytes / 1024} KB, so nothing was changed. Shorten what you typed and try again.`,
};
const unreadable: FormRead = {
  ok: false,
  status: 400,
  message: 'This form could not be read, so nothing was changed. Go back and try again.',
};

/** The body's bytes, or null once more than `maxBytes` arrive (the rest is not read). */
async function readAtMost(body: Request['body'], maxBytes: number): Promise<Blob | null> {
  const chunks: BlobPart[] = [];
  let size = 0;
  if (!body) return new Blob();
  const reader = body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(next.value);
  }
  return new Blob(chunks);
}

/**
 * Reads a form's fields from `request` with a limit of its own: 415 for a body that is not a form, 413 beyond
 * `maxBytes` (declared in `Content-Length` or not: a chunked body is counted as it arrives and never kept whole),
 * 400 for one that does not parse.
 * @example const read = await readBoundedForm(request); if (!read.ok) return plainText(read.status, read.message);
 */
export async function readBoundedForm(request: Request, maxBytes = maxFormBytes): Promise<FormRead> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!formTypes.has(contentType.split(';')[0]?.trim().toLowerCase() ?? '')) return notAForm;
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge;
  const bytes = await readAtMost(request.body, maxBytes).catch(() => undefined);
  if (bytes === null) return tooLarge;
  if (bytes === undefined) return unreadable;
  try {
    const form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
    return { ok: true, form };
  } catch {
    return unreadable;
  }
}
