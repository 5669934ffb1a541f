import { ApiProperty } from '@nestjs/swagger';
import { MeResponse } from './login.dto';

export class SessionResponse {
  @ApiProperty({ type: MeResponse }) user!: MeResponse;
  @ApiProperty({ description: 'Send back in the X-CSRF-Token header on every POST, PUT, PATCH and DELETE made with the session cookie' })
  csrfToken!: string;
}
