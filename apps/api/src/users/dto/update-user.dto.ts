import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Role } from '../../generated/prisma/enums';
import { MIN_PASSWORD_LENGTH } from '../password-hasher';

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptional()
  @IsEnum(Role, { message: `role must be one of: ${Object.values(Role).join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ description: 'true disables sign-in and API tokens; false enables the account again' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({
    description:
      "Sets a new password (e.g. when the user forgot theirs). Needs a password sign-in (a login JWT or the web session), not an API token; an admin's own password also needs currentPassword. Blank, repeated and common passwords are refused.",
    minLength: MIN_PASSWORD_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(1024)
  password?: string;

  @ApiPropertyOptional({ description: 'Your current password: required with password when you change your own' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  currentPassword?: string;
}
