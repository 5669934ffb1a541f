import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { defaultRubric, SCORE_BANDS } from '@auditor/scoring';
import type { ScoreBands } from '@auditor/contracts';
import { Public } from '../access/public.decorator';

@ApiTags('scores')
@Public()
@Controller('score-bands')
export class ScoreBandsController {
  /**
   * The plain-language bands of both scores and their bases, computed from the rubric this
   * process scores with; public because they describe the method, not the corpus.
   */
  @Get()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOkResponse({ description: 'Bands and bases of sourcing quality and alarmism under the current rubric' })
  bands(): ScoreBands {
    const rubric = defaultRubric();
    return {
      rubricVersion: rubric.version,
      bases: { sourcingQuality: rubric.sourcingQuality.base, alarmism: rubric.alarmism.base },
      bands: SCORE_BANDS,
    };
  }
}
