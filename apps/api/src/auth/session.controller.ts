import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Ip,
  Post,
  Req,
  Res,
  UnauthorizedException,
  UnsupportedMediaTypeException,
  UseGuards,
} from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Request, Response } from 'express';
import type { Session, SessionState } from '@auditor/contracts';
import { AuditService } from '../audit/audit.service';
import { AccessTokenService } from './access-token.service';
import { AuthService } from './auth.service';
import { AuthUser } from '../access/current-user.decorator';
import { LoginDto } from './dto/login.dto';
import { SessionResponse } from './dto/session.dto';
import { ACCOUNT_THROTTLER, LOGIN_THROTTLER } from './login-throttle';
import { Public } from '../access/public.decorator';
import { RequestId } from '../access/request-id.decorator';
import { CSRF_ERROR, SessionCookies } from './session-cookies';

const NOT_SIGNED_IN = 'Not signed in';

/**
 * Browser sessions for the web UI: the same password check and JWT as POST /api/auth/login, kept
 * in an HttpOnly cookie the page's scripts cannot read, plus a CSRF token the page sends back in
 * X-CSRF-Token. All three routes are @Public: they read the cookie themselves, so a stale cookie
 * can still be inspected and cleared.
 */
@ApiTags('auth')
@Controller('auth/session')
export class SessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly accessTokens: AccessTokenService,
    private readonly cookies: SessionCookies,
    private readonly audit: AuditService,
  ) {}

  @Post()
  @Public()
  // The same throttlers (and counts per address and per account) as POST /api/auth/login.
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in to the web UI: sets the HttpOnly session cookie and returns the user and a CSRF token',
  })
  @ApiOkResponse({ type: SessionResponse })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password, or the account is disabled' })
  @ApiUnsupportedMediaTypeResponse({ description: 'The body is not JSON' })
  @ApiTooManyRequestsResponse({
    description: `Too many attempts from this address (throttler "${LOGIN_THROTTLER}") or for this account ("${ACCOUNT_THROTTLER}")`,
  })
  async signIn(
    @Body() body: LoginDto,
    @Ip() ip: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @RequestId() requestId?: string,
  ): Promise<Session> {
    // A cross-site HTML form can post urlencoded bodies without a CORS preflight, but not JSON:
    // refusing anything else stops another site signing a visitor in to an account it controls.
    if (!req.is('application/json'))
      throw new UnsupportedMediaTypeException('Sign in with a JSON body {"email": "…", "password": "…"}');
    const issued = await this.auth.login(body.email, body.password, { ip, requestId, web: true });
    const csrfToken = this.cookies.start(req, res, issued.accessToken);
    return { user: { ...issued.user, via: 'session' }, csrfToken };
  }

  @Get()
  @Public()
  @ApiCookieAuth()
  @ApiOperation({ summary: 'The web session: the signed-in user and a CSRF token, or user null when signed out' })
  @ApiOkResponse({
    type: SessionResponse,
    description:
      'Signed out (no cookie, or it expired or was revoked — the cookies are then cleared): `{user: null, csrfToken: null, reason}`',
  })
  async current(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionState> {
    // 200 either way: "am I signed in?" is a question, not a failure, and a 401 here would show as
    // a console error on every signed-out page load.
    const token = this.cookies.sessionToken(req);
    if (token === undefined) return { user: null, csrfToken: null, reason: NOT_SIGNED_IN };
    let user: AuthUser;
    try {
      user = await this.accessTokens.authenticate(token);
    } catch (e) {
      if (!(e instanceof UnauthorizedException)) throw e;
      // Expired, revoked or forged: clear the cookies so the browser stops sending them.
      this.cookies.clear(res);
      return { user: null, csrfToken: null, reason: e.message };
    }
    return {
      user: { id: user.id, email: user.email, role: user.role, via: 'session' },
      csrfToken: this.cookies.csrfToken(req, res),
    };
  }

  @Delete()
  @Public()
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiOperation({
    summary:
      'Sign out of the web UI: the session is revoked in every API process and the session and CSRF cookies are cleared (needs X-CSRF-Token)',
  })
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ description: CSRF_ERROR })
  async signOut(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @RequestId() requestId?: string,
  ): Promise<void> {
    const token = this.cookies.sessionToken(req);
    if (token !== undefined) {
      // Even an expired session's CSRF token still validates (it is bound to the cookie's value),
      // so a stale tab can sign out; another site cannot.
      this.cookies.assertCsrf(req);
      const user = await this.accessTokens.authenticate(token).catch(() => undefined);
      // Clearing the cookie is not enough: a copy of its value (another device, a proxy log, a
      // stolen cookie) must stop working too.
      await this.accessTokens.revoke(token);
      if (user)
        await this.audit.record({
          actorId: user.id,
          action: 'auth.logout',
          entityType: 'user',
          entityId: user.id,
          after: { via: 'session' },
          requestId,
        });
    }
    this.cookies.clear(res);
  }
}
