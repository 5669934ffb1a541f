import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class MergeSourceDto {
  @ApiProperty({
    description: 'The surviving cited source, cited:<uuid>: it takes over the merged source and its names',
    example: 'cited:9a2b4c6d-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
  })
  @IsString({ message: 'into is required: the id (cited:<uuid>) of the cited source to merge into' })
  @MaxLength(200, { message: 'into must be a source id, cited:<uuid>' })
  into!: string;
}
