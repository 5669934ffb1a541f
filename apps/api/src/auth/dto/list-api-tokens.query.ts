import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

export class ListApiTokensQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Admins only: another user's tokens" })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ description: "Admins only: every user's tokens" })
  @IsOptional()
  // Query strings arrive as text; anything but true/false is left as is and rejected by IsBoolean.
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  all?: boolean;
}
