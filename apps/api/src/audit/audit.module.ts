import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditLogQuery } from './audit-log.query';
import { AuditService } from './audit.service';

@Global()
@Module({ controllers: [AuditController], providers: [AuditService, AuditLogQuery], exports: [AuditService] })
export class AuditModule {}
