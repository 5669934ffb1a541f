import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export const COMMENT_MAX = 4000;

export class CommentDto {
  @ApiProperty({ maxLength: COMMENT_MAX, example: 'The figure comes from the governor, not the ministry.' })
  @IsString({ message: 'body must be a string' })
  @MaxLength(COMMENT_MAX, { message: `body must be at most ${COMMENT_MAX} characters` })
  @Matches(/\S/, { message: 'body must not be blank' })
  body!: string;
}
