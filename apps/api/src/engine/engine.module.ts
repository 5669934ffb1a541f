import { Module } from '@nestjs/common';
import { EngineController } from './engine.controller';
import { EngineService } from './engine.service';

/** The engine's own report card, read from the reviews. PrismaService comes from the global DatabaseModule. */
@Module({ controllers: [EngineController], providers: [EngineService] })
export class EngineModule {}
