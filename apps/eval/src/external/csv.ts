/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a quoted field may hold commas,
 * line breaks and doubled quotes (""). Small enough to check by eye, which matters more here than
 * speed: the weasel sentences carry all three.
 */
export function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < input.length) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c === '\r' && input[i + 1] === '\n') {
      endRow();
      i++;
    } else field += c;
    i++;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  // A final record without a trailing newline still counts; a trailing newline adds no empty record.
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Records as objects keyed by the header row. */
export function parseCsvObjects(input: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(input);
  if (!header) return [];
  return rows.map((r) => {
    if (r.length !== header.length) throw new Error(`CSV record has ${r.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  });
}
