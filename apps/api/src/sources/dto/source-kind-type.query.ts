import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SourceType } from '../../generated/prisma/enums';
import { SOURCE_KINDS, SourceKind } from '../../summaries/source-id';

export const SOURCE_TYPES = Object.values(SourceType);

/** Which sources a list or the map covers: outlets, cited sources or both, of one type or any. */
export class SourceKindTypeQuery {
  @ApiPropertyOptional({ enum: SOURCE_KINDS, description: 'Outlets or cited sources; both when omitted.' })
  @IsOptional()
  @IsIn(SOURCE_KINDS, { message: 'kind must be outlet or cited' })
  kind?: SourceKind;

  @ApiPropertyOptional({ enum: SOURCE_TYPES, description: "The outlet's or cited source's type." })
  @IsOptional()
  @IsIn(SOURCE_TYPES, { message: `type must be one of: ${SOURCE_TYPES.join(', ')}` })
  type?: SourceType;
}
