import { Module } from '@nestjs/common';
import { ScoreBandsController } from './score-bands.controller';

/** `GET /api/score-bands`: what each score range means, for the article page, cards and the source map. */
@Module({ controllers: [ScoreBandsController] })
export class ScoreBandsModule {}
