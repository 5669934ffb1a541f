import { BadRequestException } from '@nestjs/common';
import { formatSourceId, parseSourceId } from './source-id';

describe('source ids', () => {
  const uuid = '3f1c2a9e-0b7d-4c36-9a51-2f4e8d6b7c10';

  it('reads outlet:<uuid> and cited:<uuid>, case-insensitively for the uuid', () => {
    expect(parseSourceId(`outlet:${uuid}`)).toEqual({ kind: 'outlet', uuid });
    expect(parseSourceId(`cited:${uuid.toUpperCase()}`)).toEqual({ kind: 'cited', uuid });
    expect(formatSourceId('cited', uuid)).toBe(`cited:${uuid}`);
  });

  it.each(['', uuid, `source:${uuid}`, 'outlet:', 'outlet:123', `outlet:${uuid}x`, `OUTLET:${uuid}`])(
    'rejects %p',
    (bad) => {
      expect(() => parseSourceId(bad)).toThrow(BadRequestException);
    },
  );
});
