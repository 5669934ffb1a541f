import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MeResponse } from './login.dto';

export class SessionResponse {
  @ApiProperty({ type: MeResponse, nullable: true, description: 'null when signed out' }) user!: MeResponse | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'Send back in the X-CSRF-Token header on every POST, PUT, PATCH and DELETE made with the session cookie',
  })
  csrfToken!: string | null;
  @ApiPropertyOptional({ description: 'Why there is no session (signed out only)' })
  reason?: string;
}
