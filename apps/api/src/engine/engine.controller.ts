import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { EngineReport } from '@auditor/contracts';
import { MinRole } from '../access/roles.decorator';
import { EngineService } from './engine.service';

/** The scoring engine judged by its reviewers: agreement rates, inter-reviewer kappa, labelled export. */
@ApiTags('engine')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@Controller('engine')
export class EngineController {
  constructor(private readonly engine: EngineService) {}

  @Get('report')
  @ApiOperation({
    summary:
      "The engine's report card: confirm / override / dismiss rates (95% Wilson intervals) overall, by provenance, by signal and by rubric version; Cohen's kappa between two reviewers of one assertion",
  })
  @ApiOkResponse({
    description:
      '{generatedAt, currentRubricVersion, totals, overriddenFields, byProvenance, bySignal, agreement: {decision, provenance}, byRubric}',
  })
  report(): Promise<EngineReport> {
    return this.engine.report();
  }

  // Reviewers' work as training data: not for every viewer, as it carries every reviewed sentence in bulk.
  @Get('export.jsonl')
  @MinRole('reviewer')
  @ApiForbiddenResponse({ description: 'Needs the reviewer role' })
  @ApiProduces('application/x-ndjson')
  @ApiOperation({
    summary:
      'Reviewed assertions (newest review, dismissed ones left out) as labelled JSONL in the format of ../shared/eval',
  })
  async export(@Res() res: Response): Promise<void> {
    const batches = this.engine.labelled();
    // The first batch is read before any header goes out, so a failing query still answers a clean 500.
    const first = await batches.next();
    res.status(200);
    res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="reviewed-assertions.jsonl"');
    res.setHeader('Cache-Control', 'no-store');
    const write = (rows: readonly object[]) => {
      if (rows.length) res.write(rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    };
    if (!first.done) write(first.value);
    try {
      for await (const rows of batches) write(rows);
    } catch (e) {
      // Headers are gone: cutting the stream short is the only way left to say the file is incomplete.
      res.destroy(e as Error);
      return;
    }
    res.end();
  }
}
