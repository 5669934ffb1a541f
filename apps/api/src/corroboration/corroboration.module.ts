import { Module } from '@nestjs/common';
import { CorroborationService } from './corroboration.service';

@Module({ providers: [CorroborationService], exports: [CorroborationService] })
export class CorroborationModule {}
