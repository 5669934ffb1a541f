import { Global, Module } from '@nestjs/common';
import { DatabaseNotifications } from './notifications';
import { PrismaService } from './prisma.service';
import { SqlPool } from './sql-pool';

@Global()
@Module({
  providers: [PrismaService, SqlPool, DatabaseNotifications],
  exports: [PrismaService, SqlPool, DatabaseNotifications],
})
export class DatabaseModule {}
