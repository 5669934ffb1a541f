import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthedRequest } from './current-user.decorator';

/** The request id pino-http assigned (echoed as X-Request-Id), for audit entries. */
export const RequestId = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const id = ctx.switchToHttp().getRequest<AuthedRequest>().id;
  return id === undefined ? undefined : String(id);
});
