import { ApiProperty } from '@nestjs/swagger';

/** An API token as listed: never the secret, never its hash. */
export class ApiTokenView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'sat_AbC123', description: 'The first characters of the token, to recognise it' }) prefix!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: Date | null;
}

/** The answer to creating a token: the only time the secret is shown. */
export class CreatedApiToken {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'The token itself; send it as "Authorization: Bearer <token>". It is not shown again.' }) token!: string;
  @ApiProperty() prefix!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: Date | null;
}
