import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { LoginResult, SessionUser } from '@auditor/contracts';
import { Role } from '../../generated/prisma/enums';

export class LoginDto {
  // Not IsEmail: a malformed address should get the same "wrong email or password" as any other.
  @ApiProperty({ example: 'admin@localhost' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password!: string;
}

export class SignedInUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role!: Role;
}

export class LoginResponse implements LoginResult {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ type: SignedInUser }) user!: SignedInUser;
}

export class MeResponse extends SignedInUser implements SessionUser {
  @ApiProperty({ enum: ['jwt', 'api-token', 'session'], description: 'How this request was authenticated' }) via!:
    'jwt' | 'api-token' | 'session';
}
