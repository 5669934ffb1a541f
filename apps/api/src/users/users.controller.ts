import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { AuthUser, CurrentUser } from '../access/current-user.decorator';
import { MinRole } from '../access/roles.decorator';
import { RequestId } from '../access/request-id.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQuery } from './dto/list-users.query';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserPage, UserView } from './user-view';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'The caller is not an admin' })
@MinRole('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'List users, oldest first' })
  @ApiOkResponse({ type: UserPage })
  list(@Query() q: ListUsersQuery): Promise<UserPage> {
    return this.users.list(q.page, q.pageSize);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a user' })
  @ApiCreatedResponse({ type: UserView })
  @ApiConflictResponse({ description: 'The e-mail is taken' })
  create(@Body() body: CreateUserDto, @CurrentUser() me: AuthUser, @RequestId() requestId?: string): Promise<UserView> {
    return this.users.create(body, { actorId: me.id, requestId });
  }

  @Patch(':id')
  // Counts an attempt only when the body carries currentPassword (an admin changing their own),
  // with the sign-in routes' limits: see auth/login-throttle.ts.
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: "Change a user's role, disabled state or password" })
  @ApiOkResponse({ type: UserView })
  @ApiConflictResponse({ description: 'The change would leave no active admin' })
  @ApiTooManyRequestsResponse({ description: 'Too many password attempts from this address or for this account' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
    @CurrentUser() me: AuthUser,
    @RequestId() requestId?: string,
  ): Promise<UserView> {
    return this.users.update(id, body, { actorId: me.id, via: me.via, requestId });
  }
}
