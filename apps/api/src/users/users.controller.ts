import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
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
  @ApiOperation({ summary: "Change a user's role, disabled state or password" })
  @ApiOkResponse({ type: UserView })
  @ApiConflictResponse({ description: 'The change would leave no active admin' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
    @CurrentUser() me: AuthUser,
    @RequestId() requestId?: string,
  ): Promise<UserView> {
    return this.users.update(id, body, { actorId: me.id, requestId });
  }
}
