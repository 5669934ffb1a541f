import { ApiProperty } from '@nestjs/swagger';
import type { ApiToken, CreatedApiToken as CreatedApiTokenContract } from '@auditor/contracts';

/** An API token as listed: never the secret, never its hash. */
export class ApiTokenView implements ApiToken {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'sat_AbC123', description: 'The first characters of the token, to recognise it' })
  prefix!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: string | null;
}

/** The answer to creating a token: the only time the secret is shown. */
export class CreatedApiToken implements CreatedApiTokenContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'The token itself; send it as "Authorization: Bearer <token>". It is not shown again.' })
  token!: string;
  @ApiProperty() prefix!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: string | null;
}
