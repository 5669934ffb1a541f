import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** User accounts. Imported (and re-exported) by AuthModule, which app.module already loads. */
@Module({
  controllers: [UsersController],
  providers: [PasswordHasher, UsersService],
  exports: [PasswordHasher, UsersService],
})
export class UsersModule {}
