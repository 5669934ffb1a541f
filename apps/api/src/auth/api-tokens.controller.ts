import {
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiTokensService } from './api-tokens.service';
import { AuthUser, CurrentUser } from '../access/current-user.decorator';
import { ApiTokenView, CreatedApiToken } from './dto/api-token.views';
import { CreateApiTokenDto } from './dto/create-api-token.dto';
import { ListApiTokensQuery } from './dto/list-api-tokens.query';
import { RequestId } from '../access/request-id.decorator';

/**
 * Any signed-in user manages their own script tokens (a token acts with its owner's role, so a
 * viewer's script stays read-only); admins see and revoke everyone's.
 */
@ApiTags('tokens')
@ApiBearerAuth()
@Controller('tokens')
export class ApiTokensController {
  constructor(private readonly tokens: ApiTokensService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create an API token for yourself; the token is shown only in this answer' })
  @ApiCreatedResponse({ type: CreatedApiToken })
  @ApiForbiddenResponse({ description: 'Called with an API token: new tokens need a password sign-in' })
  create(
    @Body() body: CreateApiTokenDto,
    @CurrentUser() me: AuthUser,
    @RequestId() requestId?: string,
  ): Promise<CreatedApiToken> {
    // A leaked token must not be able to mint itself a successor that survives its revocation.
    if (me.via === 'api-token')
      throw new ForbiddenException(
        'API tokens cannot create other API tokens; sign in with your password to create one',
      );
    return this.tokens.create(me, body.name, body.expiresInDays, requestId);
  }

  @Get()
  @ApiOperation({ summary: 'List your API tokens (admins: ?userId= for one user, ?all=true for everyone)' })
  @ApiOkResponse({ type: [ApiTokenView] })
  list(@Query() q: ListApiTokensQuery, @CurrentUser() me: AuthUser): Promise<ApiTokenView[]> {
    return this.tokens.list(me, q);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: "Revoke an API token (your own; admins: anyone's)" })
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  async revoke(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() me: AuthUser,
    @RequestId() requestId?: string,
  ): Promise<void> {
    await this.tokens.revoke(me, id, requestId);
  }
}
