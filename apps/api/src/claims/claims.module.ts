import { Module } from '@nestjs/common';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';

/** Claim groups as pages, and a source's most amplified claims. PrismaService comes from the global DatabaseModule. */
@Module({
  controllers: [ClaimsController],
  providers: [ClaimsService],
})
export class ClaimsModule {}
