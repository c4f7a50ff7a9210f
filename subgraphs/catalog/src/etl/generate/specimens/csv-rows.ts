/**
 * Rows of an RFC 4180 CSV text as objects keyed by the header row: quoted fields may hold commas, line
 * breaks and doubled quotes, as the OLL metadata sheet's descriptions do.
 *
 * @example
 * csvRows('title,level\n"Calculus, I",Undergraduate\n'); // [{ title: 'Calculus, I', level: 'Undergraduate' }]
 */
export function csvRows(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length > 0) rows.push([...row, field]);
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, column) => [name.trim(), cells[column] ?? ''])));
}
