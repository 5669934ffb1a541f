import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RescoreAccepted } from '@auditor/contracts';
import { AuthedRequest, AuthUser, CurrentUser } from '../access/current-user.decorator';
import { MinRole } from '../access/roles.decorator';
import { ArticlesService } from './articles.service';
import { actorOf } from './articles.controller';

@ApiTags('articles')
@ApiBearerAuth()
@Controller('rescore')
export class RescoreController {
  constructor(private readonly articles: ArticlesService) {}

  @Post()
  @MinRole('admin')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Rescore every article not scored under the current rubric (one such run at a time; jobId null if one is pending)',
  })
  @ApiAcceptedResponse()
  rescoreAll(@CurrentUser() user: AuthUser, @Req() req: AuthedRequest): Promise<RescoreAccepted> {
    return this.articles.rescoreAll(actorOf(user, req));
  }
}
