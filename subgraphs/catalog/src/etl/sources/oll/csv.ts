/** A CSV text that does not follow RFC 4180, with the line where reading stopped. */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
  }
}

/**
 * The rows of an RFC 4180 CSV text as arrays of fields: comma-separated, CRLF or LF line ends, fields in
 * double quotes may hold commas, line breaks and doubled quotes (`""`). A quote inside an unquoted field
 * is kept as text, as spreadsheets write it; text after a closing quote, or a quote never closed, is an
 * error. A byte-order mark and a final line end are ignored.
 *
 * @example
 * parseCsv('a,b\r\n"x, ""y""",z'); // [['a', 'b'], ['x, "y"', 'z']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (at < text.length) {
    const char = text[at];
    if (char === '"' && field === '') {
      const start = line;
      at += 1;
      for (;;) {
        if (at >= text.length) throw new CsvSyntaxError('a quoted field is never closed', start);
        const quoted = text[at];
        if (quoted === '"' && text[at + 1] === '"') {
          field += '"';
          at += 2;
        } else if (quoted === '"') {
          at += 1;
          break;
        } else {
          if (quoted === '\n') line += 1;
          field += quoted;
          at += 1;
        }
      }
      const next = text[at];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvSyntaxError('text after the closing quote of a field', line);
      }
    } else if (char === ',') {
      endField();
      at += 1;
    } else if (char === '\r' || char === '\n') {
      endRow();
      line += 1;
      at += char === '\r' && text[at + 1] === '\n' ? 2 : 1;
    } else {
      field += char;
      at += 1;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
