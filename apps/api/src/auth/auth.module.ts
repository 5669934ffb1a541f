import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../config/config.module';
import { PrismaService } from '../database/prisma.service';
import { UsersModule } from '../users/users.module';
import { AccessTokenService } from './access-token.service';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { ApiTokensController } from './api-tokens.controller';
import { ApiTokensService } from './api-tokens.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { BearerStrategy } from './bearer.strategy';
import { CREDENTIAL_STRATEGIES, CredentialStrategy } from './credential-strategy';
import { resolveJwtSecret } from './jwt-secret';
import { PgAttemptStorage } from './attempt-storage';
import { loginThrottleOptions } from './login-throttle';
import { SessionController } from './session.controller';
import { SessionRevocations } from './session-revocations';
import { CSRF_KEY, csrfKeyFromJwtSecret, SessionCookies } from './session-cookies';
import { SessionStrategy } from './session.strategy';

/**
 * Authentication (login JWTs, API tokens, the web UI's session cookie with its CSRF check), the global guard enforcing @Public/@MinRole on every
 * route, the first-admin bootstrap, and (through UsersModule) user management.
 */
@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      // A KeyObject, not the string: jsonwebtoken otherwise tries (and fails) to parse the secret as
      // a public key on every verification, which was ~7% of the CPU under load.
      useFactory: async (config: AppConfig) => ({
        secret: createSecretKey(
          Buffer.from(await resolveJwtSecret(config.get('JWT_SECRET'), config.get('DATA_DIR')), 'utf8'),
        ),
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, PrismaService],
      useFactory: (config: AppConfig, prisma: PrismaService) =>
        loginThrottleOptions(config, new PgAttemptStorage(prisma)),
    }),
  ],
  controllers: [AuthController, SessionController, ApiTokensController],
  providers: [
    AccessTokenService,
    SessionRevocations,
    ApiTokensService,
    AuthService,
    AdminBootstrapService,
    BearerStrategy,
    SessionStrategy,
    SessionCookies,
    // resolveJwtSecret reads the same file (or variable) as the JwtModule factory above.
    {
      provide: CSRF_KEY,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) =>
        csrfKeyFromJwtSecret(await resolveJwtSecret(config.get('JWT_SECRET'), config.get('DATA_DIR'))),
    },
    // Order matters: the first strategy that recognises a credential decides. An Authorization
    // header wins over the web UI's session cookie (which alone needs the CSRF header).
    {
      provide: CREDENTIAL_STRATEGIES,
      inject: [BearerStrategy, SessionStrategy],
      useFactory: (bearer: BearerStrategy, session: SessionStrategy): CredentialStrategy[] => [bearer, session],
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [UsersModule, AccessTokenService, ApiTokensService],
})
export class AuthModule {}
