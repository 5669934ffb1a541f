import { ExecutionContext, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role } from '../generated/prisma/enums';
import { AuthGuard } from './auth.guard';
import { CredentialStrategy } from './credential-strategy';
import { AuthUser } from '../access/current-user.decorator';
import { Public } from '../access/public.decorator';
import { MinRole } from '../access/roles.decorator';

@MinRole('reviewer')
class Routes {
  open() {}
  reviewerOnly() {}
  analystOverride() {}
  adminOverride() {}
}
Public()(Routes.prototype, 'open', Object.getOwnPropertyDescriptor(Routes.prototype, 'open')!);
MinRole('analyst')(
  Routes.prototype,
  'analystOverride',
  Object.getOwnPropertyDescriptor(Routes.prototype, 'analystOverride')!,
);
MinRole('admin')(
  Routes.prototype,
  'adminOverride',
  Object.getOwnPropertyDescriptor(Routes.prototype, 'adminOverride')!,
);

class Plain {
  anyone() {}
}

function context(cls: object, handler: () => void, req: Record<string, unknown>): ExecutionContext {
  return {
    getHandler: () => handler,
    getClass: () => cls,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

const strategy = (user: AuthUser | undefined): CredentialStrategy => ({
  authenticate: jest.fn().mockResolvedValue(user),
});
const as = (role: Role): AuthUser => ({ id: 'u1', email: 'u@example.org', role, via: 'jwt' });

describe('AuthGuard', () => {
  const reflector = new Reflector();

  it('lets anyone through a @Public() route without asking the strategies', async () => {
    const s = strategy(undefined);
    await expect(new AuthGuard(reflector, [s]).canActivate(context(Routes, Routes.prototype.open, {}))).resolves.toBe(
      true,
    );
    expect(s.authenticate).not.toHaveBeenCalled();
  });

  it('answers 401 when no strategy recognises a credential', async () => {
    await expect(
      new AuthGuard(reflector, [strategy(undefined)]).canActivate(context(Plain, Plain.prototype.anyone, {})),
    ).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('asks strategies in order and puts the first user found on the request', async () => {
    const second = strategy(as('viewer'));
    const req: Record<string, unknown> = {};
    await new AuthGuard(reflector, [strategy(undefined), second]).canActivate(
      context(Plain, Plain.prototype.anyone, req),
    );
    expect(req.user).toEqual(as('viewer'));
  });

  it('applies the class role, with a message naming both roles', async () => {
    const guard = new AuthGuard(reflector, [strategy(as('analyst'))]);
    await expect(guard.canActivate(context(Routes, Routes.prototype.reviewerOnly, {}))).rejects.toBeInstanceOf(
      ForbiddenException,
    );
    await expect(guard.canActivate(context(Routes, Routes.prototype.reviewerOnly, {}))).rejects.toThrow(
      'This action needs the reviewer role; you are an analyst',
    );
  });

  it('lets a method role override the class role in both directions', async () => {
    await expect(
      new AuthGuard(reflector, [strategy(as('analyst'))]).canActivate(
        context(Routes, Routes.prototype.analystOverride, {}),
      ),
    ).resolves.toBe(true);
    await expect(
      new AuthGuard(reflector, [strategy(as('reviewer'))]).canActivate(
        context(Routes, Routes.prototype.adminOverride, {}),
      ),
    ).rejects.toThrow('This action needs the admin role; you are a reviewer');
  });

  it('treats roles as cumulative', async () => {
    await expect(
      new AuthGuard(reflector, [strategy(as('admin'))]).canActivate(context(Routes, Routes.prototype.reviewerOnly, {})),
    ).resolves.toBe(true);
  });
});
