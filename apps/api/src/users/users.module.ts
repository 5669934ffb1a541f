import { Module } from '@nestjs/common';
import { PasswordHasher } from './password-hasher';
import { AuthUserCache } from './auth-user.cache';
import { AuthChanges } from './auth-changes';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** User accounts. Imported (and re-exported) by AuthModule, which app.module already loads. */
@Module({
  controllers: [UsersController],
  // One cache per process (the constructor's TTL argument is for tests, not for DI).
  providers: [
    PasswordHasher,
    UsersService,
    AuthChanges,
    { provide: AuthUserCache, useFactory: () => new AuthUserCache() },
  ],
  exports: [PasswordHasher, UsersService, AuthUserCache, AuthChanges],
})
export class UsersModule {}
