import { Body, Controller, Get, HttpCode, Ip, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { LoginResult, SessionUser } from '@auditor/contracts';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { AuthUser, CurrentUser } from '../access/current-user.decorator';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto, LoginResponse, MeResponse } from './dto/login.dto';
import { ACCOUNT_THROTTLER, LOGIN_THROTTLER } from './login-throttle';
import { Public } from '../access/public.decorator';
import { RequestId } from '../access/request-id.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('login')
  @Public()
  // LOGIN_RATE_LIMIT_PER_MINUTE attempts per client address and per account, shared by every
  // route that checks a password and by every API process (login-throttle.ts).
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with e-mail and password; returns a bearer access token' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password, or the account is disabled' })
  @ApiTooManyRequestsResponse({
    description: `Too many attempts from this address (throttler "${LOGIN_THROTTLER}") or for this account ("${ACCOUNT_THROTTLER}")`,
  })
  login(@Body() body: LoginDto, @Ip() ip: string, @RequestId() requestId?: string): Promise<LoginResult> {
    return this.auth.login(body.email, body.password, { ip, requestId });
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentUser() me: AuthUser): SessionUser {
    return { id: me.id, email: me.email, role: me.role, via: me.via };
  }

  @Post('password')
  @HttpCode(204)
  @UseGuards(ThrottlerGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Change your own password (signed in with your password, not an API token); access tokens issued before stop working',
  })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'The new password is too short, blank, repeated or common' })
  @ApiForbiddenResponse({ description: 'The current password is wrong, or the request carries an API token' })
  @ApiTooManyRequestsResponse({ description: 'Too many password attempts from this address or for this account' })
  async changePassword(
    @Body() body: ChangePasswordDto,
    @CurrentUser() me: AuthUser,
    @RequestId() requestId?: string,
  ): Promise<void> {
    await this.users.changeOwnPassword(me.id, body.currentPassword, body.newPassword, { via: me.via, requestId });
  }
}
